extern alias gateway;
extern alias identity;
extern alias party;
extern alias volunteers;

using System.Net.Http.Json;
using MassTransit;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Messaging;
using Platform.PersonalData;
using Platform.Reporting.Data;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using StackExchange.Redis;

[assembly: AssemblyFixture(typeof(Platform.Reporting.Tests.ReportingFixture))]
// Tests compare figures before and after their events, so test classes take turns.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Platform.Reporting.Tests;

/// <summary>
/// The Reporting service on real PostgreSQL, RabbitMQ and Redis, with the real Identity and gateway in front of it, and
/// the real PartyBuilding and Volunteers services beside it, whose events Reporting counts. Regions are registered at
/// PartyBuilding and reach both replicas through the bus, as in production.
/// </summary>
public sealed class ReportingFixture : IAsyncLifetime
{
    public const string City = "511600";
    public const string County = "511603";
    public const string OtherCounty = "511602";
    public const string Street = "511603001";
    public const string Community = "511603001001";
    public const string OtherCommunity = "511603001002";
    public const string OtherCountyCommunity = "511602001001";

    private LocalServers _servers = null!;
    private TestIdentity _identity = null!;
    private ServiceFactory<Program> _service = null!;
    private ServiceFactory<gateway::Program> _gateway = null!;
    private ServiceFactory<volunteers::Program> _volunteers = null!;
    private ServiceFactory<party::Program> _party = null!;

    /// <summary>The clock service-request deadlines are measured by.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Straight to the service, as a city administrator.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Through the gateway, as clients call it, as a city administrator.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _servers = await LocalServers.StartAsync(withRedis: true);
        _identity = await TestIdentity.StartAsync<identity::Program>(_servers);
        _service = new ServiceFactory<Program>(_servers, ReportingService.ServiceName, _identity.ServiceSettings,
            web => web.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(Requests.ServiceRequest.Clock, Clock)));
        Client = await ClientAsAsync(PlatformRoles.CityAdmin, City);
        _volunteers = new ServiceFactory<volunteers::Program>(_servers, "volunteers", _identity.ServiceSettings, web =>
        {
            web.UseSetting("Volunteers:PersonalDataKey", PersonalDataKeys.Generate());
            web.UseSetting("Volunteers:PersonalDataHashKey", PersonalDataKeys.Generate());
        });
        _party = new ServiceFactory<party::Program>(_servers, "party", _identity.ServiceSettings, web =>
        {
            web.UseSetting("PartyBuilding:PersonalDataKey", PersonalDataKeys.Generate());
            web.UseSetting("PartyBuilding:PersonalDataHashKey", PersonalDataKeys.Generate());
        });
        _gateway = new ServiceFactory<gateway::Program>(_servers, "gateway", _identity.ServiceSettings, web =>
        {
            web.UseSetting("ReverseProxy:Clusters:party:Destinations:primary:Address", _party.ClientOptions.BaseAddress.ToString());
            web.UseSetting("ReverseProxy:Clusters:reporting:Destinations:primary:Address", Client.BaseAddress!.ToString());
            web.UseSetting("ReverseProxy:Clusters:volunteers:Destinations:primary:Address", _volunteers.ClientOptions.BaseAddress.ToString());
        });
        Gateway = _gateway.CreateClient();
        Gateway.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        await SeedRegionsAsync();
    }

    /// <summary>A new client of the gateway, without a token.</summary>
    public HttpClient GatewayClient(params DelegatingHandler[] handlers) => _gateway.CreateDefaultClient(_gateway.ClientOptions.BaseAddress, handlers);

    /// <summary>Straight to the service with a real token of this role and region.</summary>
    public Task<HttpClient> ClientAsAsync(string role, string region, Guid? organisationId = null, Guid? volunteerId = null) =>
        _identity.ClientForAsync(_service.ClientOptions.BaseAddress, role, region, organisationId, volunteerId);

    /// <summary>A department's Open311 api_key: the credentials of a new department client of Identity, <c>{clientId}:{secret}</c>.</summary>
    public async Task<string> DepartmentApiKeyAsync(string region)
    {
        var (clientId, secret) = await _identity.CreateClientAsync(PlatformRoles.DepartmentClient, region);
        return $"{clientId}:{secret}";
    }

    /// <summary>Publishes on the real bus, as another service would; a given message id makes a redelivery.</summary>
    public Task PublishAsync(object message, Guid? messageId = null) =>
        _service.Services.GetRequiredService<IBus>().Publish(message, message.GetType(), context =>
        {
            if (messageId is { } id)
            {
                context.MessageId = id;
            }
        }, TestContext.Current.CancellationToken);

    public async Task<T> InDbAsync<T>(Func<ReportingDb, Task<T>> query)
    {
        await using var scope = _service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReportingDb>());
    }

    /// <summary>Waits until the statistics consumer has committed this message (its fact is stored).</summary>
    public Task AppliedAsync(Guid messageId) =>
        Eventually.UntilAsync(() => InDbAsync(db => db.StatFacts.AnyAsync(f => f.MessageId == messageId)),
            TimeSpan.FromSeconds(30), $"message {messageId} to be applied", TestContext.Current.CancellationToken);

    /// <summary>The cache version of a region: it moves once the consumer has invalidated the region's cached reads.</summary>
    public async Task<long> CacheVersionAsync(string region) =>
        (long?)await _service.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().StringGetAsync($"reporting:v:{region}") ?? 0;

    /// <summary>
    /// Publishes events that each change a figure under <paramref name="region"/>, each with its own message id, and
    /// waits until every one is applied and has invalidated the region's cached reads (its version moved once per event).
    /// </summary>
    public async Task ApplyAsync(string region, params object[] events)
    {
        var version = await CacheVersionAsync(region);
        foreach (var e in events)
        {
            await PublishAsync(e, Guid.NewGuid());
        }

        await CacheVersionReachesAsync(region, version + events.Length);
    }

    public Task CacheVersionReachesAsync(string region, long version) =>
        Eventually.UntilAsync(() => CacheVersionAsync(region), v => v >= version, TimeSpan.FromSeconds(30),
            $"the cached reads of {region} to be invalidated", TestContext.Current.CancellationToken);

    /// <summary>What a rejected request must not change: records, requests and their versions, figures, outgoing messages.</summary>
    public Task<string> CountWritesAsync() => InDbAsync(async db => string.Join(",",
        await db.ServiceRecords.CountAsync(), await db.ServiceRequests.CountAsync(), await db.ServiceRequests.SumAsync(r => r.Version),
        await db.MonthlyFigures.SumAsync(m => m.Value), await db.OutboxMessages.CountAsync()));

    private async Task SeedRegionsAsync()
    {
        // A message published before the consumers' queues are bound would be dropped by the exchange.
        foreach (var services in new[] { _service.Services, _volunteers.Services, _party.Services })
        {
            var health = await services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
            Assert.Equal(BusHealthStatus.Healthy, health);
        }

        (string Code, string Name, RegionLevel Level, string? Parent)[] regions =
        [
            (City, "广安市", RegionLevel.City, null),
            (County, "前锋区", RegionLevel.County, City),
            (OtherCounty, "广安区", RegionLevel.County, City),
            (Street, "大佛寺街道", RegionLevel.Street, County),
            ("511602001", "合成街道 (synthetic)", RegionLevel.Street, OtherCounty),
            (Community, "龙镇社区", RegionLevel.Community, Street),
            (OtherCommunity, "永前社区", RegionLevel.Community, Street),
            (OtherCountyCommunity, "合成社区 (synthetic)", RegionLevel.Community, "511602001"),
        ];
        foreach (var (code, name, level, parent) in regions)
        {
            await RegisterRegionAsync(code, name, level, parent);
        }

        await Eventually.UntilAsync(() => InDbAsync(db => db.ReplicatedRegions.CountAsync()), n => n == 8, TimeSpan.FromSeconds(60), "the region replica");
        await Eventually.UntilAsync(async () =>
        {
            await using var scope = _volunteers.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<volunteers::Platform.Volunteers.Data.VolunteersDb>().ReplicatedRegions.CountAsync();
        }, n => n == 8, TimeSpan.FromSeconds(60), "the Volunteers region replica");
    }

    /// <summary>Registers a region at PartyBuilding (through the gateway), which publishes it to every replica.</summary>
    public async Task RegisterRegionAsync(string code, string name, RegionLevel level, string? parentCode)
    {
        using var response = await Gateway.PostAsJsonAsync("/api/party/regions", new { code, name, level = level.ToString(), parentCode });
        Assert.True(response.IsSuccessStatusCode, $"Registering {code}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _volunteers.DisposeAsync();
        await _party.DisposeAsync();
        await _service.DisposeAsync();
        await _identity.DisposeAsync();
        await _servers.DisposeAsync();
    }
}
