extern alias identity;

using System.Globalization;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Contracts;
using Platform.Contracts.PartyBuilding;
using Platform.PersonalData;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

[assembly: AssemblyFixture(typeof(Platform.Reliability.Tests.ReliabilityFixture))]
// Every test breaks something shared (the broker, the database, the consumer): one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Platform.Reliability.Tests;

/// <summary>
/// Real PostgreSQL and RabbitMQ that the tests kill and restart, the Volunteers service as its own process (so that
/// it can be killed -9 mid-stream), the real Identity, and an upstream stand-in that publishes through an outbox.
/// </summary>
public sealed class ReliabilityFixture : IAsyncLifetime
{
    public const string Community = "511603001001";
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly int _volunteersPort = FreePort.Next();
    private readonly Dictionary<string, string> _volunteersEnvironment = [];
    private IHost _standIn = null!;

    public LocalServers Servers { get; private set; } = null!;
    public TestIdentity Identity { get; private set; } = null!;
    public ServiceProcess Volunteers { get; private set; } = null!;
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask InitializeAsync()
    {
        Http.BaseAddress = new Uri($"http://127.0.0.1:{_volunteersPort}");
        Servers = await LocalServers.StartAsync();
        Identity = await TestIdentity.StartAsync<identity::Program>(Servers);
        _standIn = await StartStandInAsync();
        _volunteersEnvironment["ConnectionStrings__volunteersdb"] = Servers.PostgresConnectionString("volunteers_reliability");
        _volunteersEnvironment["ConnectionStrings__messaging"] = Servers.RabbitMqConnectionString;
        _volunteersEnvironment["Database__MigrateOnStartup"] = "true";
        _volunteersEnvironment["services__identity__http__0"] = Identity.Client.BaseAddress!.ToString().TrimEnd('/');
        _volunteersEnvironment["Volunteers__PersonalDataKey"] = PersonalDataKeys.Generate();
        _volunteersEnvironment["Volunteers__PersonalDataHashKey"] = PersonalDataKeys.Generate();
        _volunteersEnvironment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        await StartVolunteersAsync();

        Http.DefaultRequestHeaders.Authorization = new("Bearer", await Identity.TokenAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion));
        var now = DateTimeOffset.UtcNow;
        await PublishAsync<RegionRegistered>(
        [
            new RegionRegistered("511600", "广安市", RegionLevel.City, null, 1, now),
            new RegionRegistered("511603", "前锋区", RegionLevel.County, "511600", 1, now),
            new RegionRegistered("511603001", "大佛寺街道 (synthetic code)", RegionLevel.Street, "511603", 1, now),
            new RegionRegistered(Community, "龙镇社区 (synthetic code)", RegionLevel.Community, "511603001", 1, now),
        ]);
        await Eventually.UntilAsync(async () => (await Http.GetAsync($"/api/volunteers/replica/regions/{Community}")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(60), "the community to reach the Volunteers replica");
    }

    public async Task StartVolunteersAsync()
    {
        Volunteers = ServiceProcess.Start("volunteers", ServiceProcess.AssemblyOf("services/Volunteers", "Platform.Volunteers", Configuration),
            _volunteersPort, _volunteersEnvironment);
        await Volunteers.WaitHealthyAsync(Http, TimeSpan.FromMinutes(2));
    }

    /// <summary>Events published by the stand-in, through its outbox, in one transaction per call.</summary>
    public async Task PublishAsync<TEvent>(IEnumerable<TEvent> events) where TEvent : class
    {
        await using var scope = _standIn.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StandInDb>();
        foreach (var message in events)
        {
            db.OutboxMessages.Add(OutboxMessage.Create(message, Guid.NewGuid().ToString(), DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Rows of a table of the Volunteers database matching a condition, via plain SQL (the service may be down).</summary>
    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Servers.PostgresConnectionString("volunteers_reliability"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<IHost> StartStandInAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:standindb"] = Servers.PostgresConnectionString("standin_reliability"),
            ["ConnectionStrings:messaging"] = Servers.RabbitMqConnectionString,
        });
        builder.AddServiceDatabase<StandInDb>("standindb");
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.AddMessaging<StandInDb>("reliability-stand-in", _ => { });
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StandInDb>();
            await db.Database.EnsureCreatedAsync();
            await db.Database.ExecuteSqlRawAsync(OutboxSql.NotifyTriggerSql);
        }

        await host.StartAsync();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await Volunteers.DisposeAsync();
        await _standIn.StopAsync();
        _standIn.Dispose();
        Http.Dispose();
        await Identity.DisposeAsync();
        await Servers.DisposeAsync();
    }
}
