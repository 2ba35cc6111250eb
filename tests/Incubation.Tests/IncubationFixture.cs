extern alias gateway;
extern alias identity;

using System.Net.Http.Headers;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.PartyBuilding;
using Platform.Incubation.Data;
using Platform.PersonalData;
using Platform.Messaging;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

[assembly: AssemblyFixture(typeof(Platform.Incubation.Tests.IncubationFixture))]
// "Writes nothing" compares whole-table counts, so test classes take turns; concurrency is inside the tests that need it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Platform.Incubation.Tests;

/// <summary>The Incubation service on real PostgreSQL and RabbitMQ, with the real Identity and the real gateway in front of it.</summary>
public sealed class IncubationFixture : IAsyncLifetime
{
    public const string County = "511603";
    public const string Street = "511603001";
    public const string Community = "511603001001";
    public const string OtherCommunity = "511603001002";
    public const string OtherCountyCommunity = "511602001001";
    public const string RetiredCommunity = "511603001009";

    /// <summary>A grid party branch (网格党支部) of <see cref="Community"/>, known to the service from PartyBuilding's event.</summary>
    public static readonly Guid PartyBranch = Guid.CreateVersion7();
    public static readonly Guid DissolvedBranch = Guid.CreateVersion7();
    public static readonly Guid OtherCommunityBranch = Guid.CreateVersion7();

    private LocalServers _servers = null!;
    private TestIdentity _identity = null!;
    private ServiceFactory<Program> _service = null!;
    private ServiceFactory<gateway::Program> _gateway = null!;

    public LocalServers Servers => _servers;

    /// <summary>Straight to the service, as a city administrator.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Through the gateway, as clients call it, as a city administrator.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>Identity itself, for reading the audit log.</summary>
    public TestIdentity Identity => _identity;

    public async ValueTask InitializeAsync()
    {
        _servers = await LocalServers.StartAsync();
        _identity = await TestIdentity.StartAsync<identity::Program>(_servers);
        _service = new ServiceFactory<Program>(_servers, IncubationService.ServiceName, _identity.ServiceSettings, web =>
        {
            web.UseSetting(IncubationService.PersonalDataKey, PersonalDataKeys.Generate());
            web.UseSetting(IncubationService.PersonalDataHashKey, PersonalDataKeys.Generate());
        });
        Client = await ClientAsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        _gateway = new ServiceFactory<gateway::Program>(_servers, "gateway", _identity.ServiceSettings,
            web => web.UseSetting("ReverseProxy:Clusters:incubation:Destinations:primary:Address", Client.BaseAddress!.ToString()));
        Gateway = _gateway.CreateClient();
        Gateway.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        await SeedReplicasAsync();
    }

    /// <summary>Straight to the service with a real token of this role and region (and organisation, for an operator).</summary>
    public async Task<HttpClient> ClientAsAsync(string role, string region, Guid? organisationId = null)
    {
        var client = _service.CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", await _identity.TokenAsync(role, region, organisationId));
        return client;
    }

    /// <summary>Publishes on the real bus, as PartyBuilding would.</summary>
    public Task PublishAsync<T>(T message) where T : class =>
        _service.Services.GetRequiredService<IBus>().Publish(message, TestContext.Current.CancellationToken);

    public async Task<T> InDbAsync<T>(Func<IncubationDb, Task<T>> query)
    {
        await using var scope = _service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IncubationDb>());
    }

    /// <summary>The service's integration events stored in the outbox that name an aggregate, in the order they were stored.</summary>
    /// <remarks>The payload is jsonb, so the id is looked for client-side; audit records name it too and are left out.</remarks>
    public Task<List<object>> EventsAsync(Guid aggregate) => InDbAsync(async db =>
        (await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync())
        .Where(m => m.Payload.Contains(aggregate.ToString(), StringComparison.Ordinal)).Select(MessageTypes.Deserialize)
        .Where(e => e is not AuditRecorded).ToList());

    /// <summary>Rows a rejected request must not change.</summary>
    public Task<string> CountWritesAsync() => InDbAsync(async db => string.Join(",",
        await db.Centres.CountAsync(), await db.Organisations.CountAsync(), await db.Transitions.CountAsync(), await db.Grades.CountAsync(),
        await db.Projects.CountAsync(), await db.SocialWorkers.CountAsync(), await db.Rooms.CountAsync(), await db.RoomAssignments.CountAsync(),
        await db.OutboxMessages.CountAsync()));

    private async Task SeedReplicasAsync()
    {
        // A message published before the consumers' queues are bound would be dropped by the exchange.
        var health = await _service.Services.GetRequiredService<IBusControl>()
            .WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        Assert.Equal(BusHealthStatus.Healthy, health);
        var now = DateTimeOffset.UtcNow;
        await PublishAsync(new RegionRegistered("511600", "广安市", RegionLevel.City, null, 1, now));
        await PublishAsync(new RegionRegistered(County, "前锋区", RegionLevel.County, "511600", 1, now));
        await PublishAsync(new RegionRegistered("511602", "广安区", RegionLevel.County, "511600", 1, now));
        await PublishAsync(new RegionRegistered(Street, "大佛寺街道", RegionLevel.Street, County, 1, now));
        await PublishAsync(new RegionRegistered(Community, "龙镇社区", RegionLevel.Community, Street, 1, now));
        await PublishAsync(new RegionRegistered(OtherCommunity, "永前社区", RegionLevel.Community, Street, 1, now));
        await PublishAsync(new RegionRegistered(OtherCountyCommunity, "合成社区 (synthetic)", RegionLevel.Community, "511602001", 1, now));
        await PublishAsync(new RegionRetired(RetiredCommunity, "撤销社区 (synthetic)", RegionLevel.Community, Street, 2, now));
        var founded = DateOnly.FromDateTime(now.UtcDateTime).AddYears(-3);
        await PublishAsync(new PartyOrganisationEstablished(PartyBranch, "龙镇社区第一网格党支部", "GridBranch", Community + "001", null, "李书记", founded, now));
        await PublishAsync(new PartyOrganisationEstablished(DissolvedBranch, "撤销的党支部", "GridBranch", Community + "002", null, "王书记", founded, now));
        await PublishAsync(new PartyOrganisationDissolved(DissolvedBranch, "GridBranch", Community + "002", now));
        await PublishAsync(new PartyOrganisationEstablished(OtherCommunityBranch, "永前社区党委", "CommunityPartyCommittee", OtherCommunity, null, "赵书记", founded, now));
        await Eventually.UntilAsync(() => InDbAsync(async db => await db.ReplicatedRegions.CountAsync() == 8
                && await db.PartyOrganisations.CountAsync() == 3 && await db.PartyOrganisations.AnyAsync(p => p.Dissolved)),
            TimeSpan.FromSeconds(60), "the region and party organisation replicas");
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _service.DisposeAsync();
        await _identity.DisposeAsync();
        await _servers.DisposeAsync();
    }
}
