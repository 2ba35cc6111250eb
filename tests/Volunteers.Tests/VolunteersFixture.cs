extern alias gateway;
extern alias identity;

using System.Net.Http.Json;
using System.Net.Http.Headers;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Contracts.PartyBuilding;
using Platform.Messaging;
using Platform.PersonalData;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using Platform.Volunteers.Data;

[assembly: AssemblyFixture(typeof(Platform.Volunteers.Tests.VolunteersFixture))]
// "Writes nothing" compares whole-table counts, so test classes take turns; concurrency is inside the tests that need it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Platform.Volunteers.Tests;

/// <summary>
/// The Volunteers service on real PostgreSQL and RabbitMQ, and the real gateway in front of it. Everything either
/// process writes to a response, a log or a span is recorded, so that a test can look for personal data in it.
/// </summary>
public sealed class VolunteersFixture : IAsyncLifetime
{
    public const string Community = "511603001001";
    public const string OtherCommunity = "511603001002";
    /// <summary>A grid of <see cref="Community"/>: its workers are one level below the community's records.</summary>
    public const string Grid = "511603001001001";
    public const string OtherCountyCommunity = "511602001001";
    public const string RetiredCommunity = "511603001009";
    /// <summary>Category whose rate the fixture sets to 50 points an hour (the default stays 10).</summary>
    public const string RichCategory = "ElderlyDisabledCare";

    private LocalServers _servers = null!;
    private TestIdentity _identity = null!;
    private ServiceFactory<Program> _service = null!;
    private ServiceFactory<gateway::Program> _gateway = null!;

    public Recorder Recorder { get; } = new();

    /// <summary>Straight to the service, as a city administrator.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Through the gateway, as clients call it, as a city administrator.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _servers = await LocalServers.StartAsync();
        _identity = await TestIdentity.StartAsync<identity::Program>(_servers);
        _service = new ServiceFactory<Program>(_servers, VolunteersService.ServiceName, _identity.ServiceSettings, web =>
        {
            web.UseSetting(VolunteersService.PersonalDataKey, PersonalDataKeys.Generate());
            web.UseSetting(VolunteersService.PersonalDataHashKey, PersonalDataKeys.Generate());
            web.UseSetting($"Volunteers:PointsPerHour:{RichCategory}", "50");
            web.ConfigureLogging(logging => logging.AddProvider(Recorder));
        });
        Client = await ClientAsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        _gateway = new ServiceFactory<gateway::Program>(_servers, "gateway", _identity.ServiceSettings, web =>
        {
            web.UseSetting("ReverseProxy:Clusters:volunteers:Destinations:primary:Address", Client.BaseAddress!.ToString());
            web.ConfigureLogging(logging => logging.AddProvider(Recorder));
        });
        Gateway = _gateway.CreateDefaultClient(_gateway.ClientOptions.BaseAddress, Recorder.Handler());
        Gateway.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        await SeedRegionsAsync();
    }

    /// <summary>Straight to the service with a real token of this role and region (and own profile, for a volunteer).</summary>
    public async Task<HttpClient> ClientAsAsync(string role, string region, Guid? volunteerId = null)
    {
        var client = _service.CreateDefaultClient(_service.ClientOptions.BaseAddress, Recorder.Handler());
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", await _identity.TokenAsync(role, region, volunteerId: volunteerId));
        return client;
    }

    /// <summary>Publishes on the real bus, as another service would.</summary>
    public Task PublishAsync<T>(T message) where T : class =>
        _service.Services.GetRequiredService<IBus>().Publish(message, TestContext.Current.CancellationToken);

    public async Task<T> InDbAsync<T>(Func<VolunteersDb, Task<T>> query)
    {
        await using var scope = _service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<VolunteersDb>());
    }

    /// <summary>A scope of the service's own services, for work that must stay open across HTTP calls (a long transaction).</summary>
    public AsyncServiceScope CreateScope() => _service.Services.CreateAsyncScope();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _service.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>
    /// The outbox messages whose payload names <paramref name="subject"/> (an id or a code), oldest first. The payload
    /// is jsonb, so it is searched here rather than in SQL.
    /// </summary>
    public Task<List<OutboxMessage>> OutboxMentioningAsync(object subject) => InDbAsync(async db =>
        (await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync())
        .Where(m => m.Payload.Contains(subject.ToString()!, StringComparison.Ordinal)).ToList());

    /// <summary>Rows a rejected request must not change.</summary>
    public Task<string> CountWritesAsync() => InDbAsync(async db => string.Join(",",
        await db.Volunteers.CountAsync(), await db.Teams.CountAsync(), await db.TeamMemberships.CountAsync(),
        await db.Activities.SumAsync(a => a.SignedUp), await db.Participations.CountAsync(),
        await db.HoursConfirmations.CountAsync(), await db.PointsEntries.CountAsync(), await db.OutboxMessages.CountAsync()));

    private async Task SeedRegionsAsync()
    {
        // A message published before the consumers' queues are bound would be dropped by the exchange.
        var health = await _service.Services.GetRequiredService<IBusControl>()
            .WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        Assert.Equal(BusHealthStatus.Healthy, health);
        var now = DateTimeOffset.UtcNow;
        await PublishAsync(new RegionRegistered("511600", "广安市", RegionLevel.City, null, 1, now));
        await PublishAsync(new RegionRegistered("511603", "前锋区", RegionLevel.County, "511600", 1, now));
        await PublishAsync(new RegionRegistered("511602", "广安区", RegionLevel.County, "511600", 1, now));
        await PublishAsync(new RegionRegistered("511603001", "大佛寺街道", RegionLevel.Street, "511603", 1, now));
        await PublishAsync(new RegionRegistered(Community, "龙镇社区", RegionLevel.Community, "511603001", 1, now));
        await PublishAsync(new RegionRegistered(OtherCommunity, "永前社区", RegionLevel.Community, "511603001", 1, now));
        await PublishAsync(new RegionRegistered(OtherCountyCommunity, "合成社区 (synthetic)", RegionLevel.Community, "511602001", 1, now));
        await PublishAsync(new RegionRegistered(Grid, "一网格 (synthetic)", RegionLevel.Grid, Community, 1, now));
        await PublishAsync(new RegionRetired(RetiredCommunity, "撤销社区 (synthetic)", RegionLevel.Community, "511603001", 2, now));
        await Eventually.UntilAsync(
            () => InDbAsync(db => db.ReplicatedRegions.CountAsync()), n => n == 9, TimeSpan.FromSeconds(60), "the region replica");
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _service.DisposeAsync();
        await _identity.DisposeAsync();
        await _servers.DisposeAsync();
    }
}
