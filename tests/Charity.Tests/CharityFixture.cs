extern alias gateway;
extern alias identity;
extern alias volunteers;

using System.Net.Http.Headers;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Charity.Data;
using Platform.Contracts;
using Platform.Contracts.PartyBuilding;
using Platform.Messaging;
using Platform.PersonalData;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using VolunteersDb = volunteers::Platform.Volunteers.Data.VolunteersDb;
using VolunteersService = volunteers::Platform.Volunteers.VolunteersService;

[assembly: AssemblyFixture(typeof(Platform.Charity.Tests.CharityFixture))]
// "Writes nothing" compares whole-table counts, so test classes take turns; concurrency is inside the tests that need it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Platform.Charity.Tests;

/// <summary>
/// Charity and Volunteers (the other half of the redemption saga) on real PostgreSQL and RabbitMQ, the real Identity
/// for tokens and the real gateway in front of both.
/// </summary>
public sealed class CharityFixture : IAsyncLifetime
{
    public const string County = "511603";
    public const string Street = "511603001";
    public const string OtherCountyCommunity = "511602001001";
    public const int LimitingDonationsPerHour = 12;

    private LocalServers _servers = null!;
    private TestIdentity _identity = null!;
    private ServiceFactory<Program> _charity = null!;
    private ServiceFactory<volunteers::Program> _volunteers = null!;
    private ServiceFactory<gateway::Program> _gateway = null!;
    private int _communities;

    /// <summary>Straight to Charity as a city administrator.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Straight to Charity as a county officer: the second person of a two-step approval.</summary>
    public HttpClient SecondApprover { get; private set; } = null!;

    /// <summary>Through the gateway as a city administrator.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The county federation (前锋区慈善会) every fund of the tests is set up under.</summary>
    public Guid FederationId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _servers = await LocalServers.StartAsync();
        _identity = await TestIdentity.StartAsync<identity::Program>(_servers);
        _volunteers = new ServiceFactory<volunteers::Program>(_servers, "volunteers", _identity.ServiceSettings, web =>
        {
            web.UseSetting(VolunteersService.PersonalDataKey, PersonalDataKeys.Generate());
            web.UseSetting(VolunteersService.PersonalDataHashKey, PersonalDataKeys.Generate());
        });
        _charity = new ServiceFactory<Program>(_servers, CharityService.ServiceName, _identity.ServiceSettings, web =>
        {
            // Long enough for Volunteers to answer on a busy machine; the expiry test drives the job by hand.
            web.UseSetting("Charity:Redemptions:AnswerWithin", "00:10:00");
            // Low enough for Limiting_donations to reach; city administrators (the other tests' client) are not counted.
            web.UseSetting("Charity:Donations:PerCallerPerHour", LimitingDonationsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        Client = await ClientAsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        SecondApprover = await ClientAsAsync(PlatformRoles.CountyOfficer, County);
        var volunteersClient = _volunteers.CreateClient();
        _gateway = new ServiceFactory<gateway::Program>(_servers, "gateway", _identity.ServiceSettings, web =>
        {
            web.UseSetting("ReverseProxy:Clusters:charity:Destinations:primary:Address", Client.BaseAddress!.ToString());
            web.UseSetting("ReverseProxy:Clusters:volunteers:Destinations:primary:Address", volunteersClient.BaseAddress!.ToString());
        });
        Gateway = await GatewayAsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        await SeedRegionsAsync();
        FederationId = (await Client.EstablishFederationAsync("前锋区慈善会", County)).Id;
    }

    /// <summary>Straight to Charity with a real token of this role and region (and own profile, for a volunteer).</summary>
    public Task<HttpClient> ClientAsAsync(string role, string region, Guid? volunteerId = null) =>
        _identity.ClientForAsync(_charity.ClientOptions.BaseAddress, role, region, volunteerId: volunteerId);

    public Task<HttpClient> GatewayAsAsync(string role, string region, Guid? volunteerId = null) =>
        _identity.ClientForAsync(_gateway.ClientOptions.BaseAddress, role, region, volunteerId: volunteerId);

    public IServiceScopeFactory CharityScopes => _charity.Services.GetRequiredService<IServiceScopeFactory>();

    public async Task<T> InDbAsync<T>(Func<CharityDb, Task<T>> query)
    {
        await using var scope = _charity.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CharityDb>());
    }

    public async Task<T> InVolunteersDbAsync<T>(Func<IServiceProvider, VolunteersDb, Task<T>> work)
    {
        await using var scope = _volunteers.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<VolunteersDb>());
    }

    /// <summary>Publishes on the real bus, as another service would.</summary>
    public Task PublishAsync<T>(T message) where T : class =>
        _charity.Services.GetRequiredService<IBus>().Publish(message, TestContext.Current.CancellationToken);

    /// <summary>A community of its own for a test (one fund per community), registered by PartyBuilding's event.</summary>
    public async Task<string> NewCommunityAsync()
    {
        var code = Street + (Interlocked.Increment(ref _communities) + 100).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        await PublishAsync(new RegionRegistered(code, $"测试社区 {code} (synthetic)", RegionLevel.Community, Street, 1, DateTimeOffset.UtcNow));
        await Eventually.UntilAsync(() => InDbAsync(db => db.ReplicatedRegions.AnyAsync(r => r.Code == code)), TimeSpan.FromSeconds(60), $"community {code} in the replica");
        return code;
    }

    /// <summary>Rows a rejected request must not change.</summary>
    public Task<string> CountWritesAsync() => InDbAsync(async db => string.Join(",",
        await db.Federations.CountAsync(), await db.Funds.CountAsync(), await db.JournalEntries.CountAsync(), await db.JournalLines.CountAsync(),
        await db.Donations.CountAsync(), await db.IdempotencyRecords.CountAsync(), await db.Disbursements.CountAsync(),
        await db.Disbursements.CountAsync(d => d.FirstApprover != null), await db.Supermarkets.CountAsync(), await db.StockItems.SumAsync(s => s.Available),
        await db.Redemptions.CountAsync(), await db.LotteryOutlets.CountAsync(), await db.SalesReports.CountAsync(), await db.OutboxMessages.CountAsync()));

    private async Task SeedRegionsAsync()
    {
        // A message published before the consumers' queues are bound would be dropped by the exchange.
        foreach (var services in new[] { _charity.Services, _volunteers.Services })
        {
            Assert.Equal(BusHealthStatus.Healthy, await services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60)));
        }

        var now = DateTimeOffset.UtcNow;
        await PublishAsync(new RegionRegistered("511600", "广安市", RegionLevel.City, null, 1, now));
        await PublishAsync(new RegionRegistered(County, "前锋区", RegionLevel.County, "511600", 1, now));
        await PublishAsync(new RegionRegistered("511602", "广安区", RegionLevel.County, "511600", 1, now));
        await PublishAsync(new RegionRegistered(Street, "大佛寺街道", RegionLevel.Street, County, 1, now));
        await PublishAsync(new RegionRegistered(OtherCountyCommunity, "合成社区 (synthetic)", RegionLevel.Community, "511602001", 1, now));
        await Eventually.UntilAsync(() => InDbAsync(db => db.ReplicatedRegions.CountAsync()), n => n == 5, TimeSpan.FromSeconds(60), "the region replica");
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _charity.DisposeAsync();
        await _volunteers.DisposeAsync();
        await _identity.DisposeAsync();
        await _servers.DisposeAsync();
    }
}
