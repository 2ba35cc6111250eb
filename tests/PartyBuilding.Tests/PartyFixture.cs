extern alias identity;

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Messaging;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions.Import;
using Platform.PersonalData;
using Platform.Testing;

[assembly: AssemblyFixture(typeof(Platform.PartyBuilding.Tests.PartyFixture))]
// Tests assert that a bad request writes nothing by counting rows, so they must not write at the same time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Platform.PartyBuilding.Tests;

/// <summary>What a refused request must leave as it was: rows, versions (a rename or move bumps one), state changes and events.</summary>
public sealed record WriteCounts(
    int Regions, int Compounds, int Organisations, int Members, int Reports, int Events,
    int RegionVersions, int CompoundVersions, int Dissolved, int Withdrawn, int Centres, int Advisers, int Facilities);

public sealed class PartyFixture : IAsyncLifetime
{
    private TestIdentity _identity = null!;

    public static readonly JsonSerializerOptions Requests = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private ServiceFactory<Program> _factory = null!;

    public LocalServers Servers { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public IServiceProvider Services => _factory.Services;

    /// <summary>The issuer of this run's tokens: a public address where no gateway listens in these tests.</summary>
    public Uri PublicOrigin => _identity.PublicOrigin;

    /// <summary>The answer to the one bulk import of the whole Guang'an hierarchy that seeds every test.</summary>
    public ImportResult SeedImport { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // Keys exist only for this test run, as the AppHost generates them for a local run.
        Environment.SetEnvironmentVariable("PartyBuilding__PersonalDataKey", PersonalDataKeys.Generate());
        Environment.SetEnvironmentVariable("PartyBuilding__PersonalDataHashKey", PersonalDataKeys.Generate());
        Servers = await LocalServers.StartAsync();
        _identity = await TestIdentity.StartAsync<identity::Program>(Servers);
        _factory = new ServiceFactory<Program>(Servers, PartyBuildingService.ServiceName, _identity.ServiceSettings);
        Client = await _identity.ClientForAsync(_factory.CreateClient().BaseAddress!, "city-admin", TestIdentity.CityRegion);
        var response = await Client.PostAsJsonAsync("/api/party/regions/import", GuanganHierarchy.Rows(), Requests);
        response.EnsureSuccessStatusCode();
        SeedImport = (await response.Content.ReadFromJsonAsync<ImportResult>(Json.Options))!;
    }

    /// <summary>A client signed in with <paramref name="role"/> for <paramref name="region"/>.</summary>
    public Task<HttpClient> ClientForAsync(string role, string region) => _identity.ClientForAsync(Client.BaseAddress!, role, region);

    /// <summary>Rows that a bad request must not change.</summary>
    public Task<WriteCounts> CountWritesAsync() => InDbAsync(async db => new WriteCounts(
        await db.Regions.CountAsync(), await db.Compounds.CountAsync(), await db.Organisations.CountAsync(),
        await db.Members.CountAsync(), await db.DualReports.CountAsync(), await db.OutboxMessages.CountAsync(),
        await db.Regions.SumAsync(r => r.Version), await db.Compounds.SumAsync(c => c.Version),
        await db.Organisations.CountAsync(o => o.Dissolved), await db.DualReports.CountAsync(r => r.WithdrawnAt != null),
        await db.GovernanceCentres.CountAsync(), await db.LegalAdvisers.CountAsync(), await db.CommunityFacilities.CountAsync()));

    public async Task<T> InDbAsync<T>(Func<PartyDb, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PartyDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _identity.DisposeAsync();
        await Servers.DisposeAsync();
    }
}
