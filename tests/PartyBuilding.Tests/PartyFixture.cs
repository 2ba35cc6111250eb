extern alias identity;

using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.PartyBuilding.Data;
using Platform.Testing;

[assembly: AssemblyFixture(typeof(Platform.PartyBuilding.Tests.PartyFixture))]

namespace Platform.PartyBuilding.Tests;

public sealed class PartyFixture : IAsyncLifetime
{
    private LocalServers _servers = null!;
    private TestIdentity _identity = null!;
    private ServiceFactory<Program> _factory = null!;

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _servers = await LocalServers.StartAsync();
        _identity = await TestIdentity.StartAsync<identity::Program>(_servers);
        _factory = new ServiceFactory<Program>(_servers, PartyBuildingApi.ServiceName, _identity.ServiceSettings);
        Client = await _identity.ClientForAsync(_factory.CreateClient().BaseAddress!, "city-admin", TestIdentity.CityRegion);
        await SeedCityAsync();
    }

    /// <summary>Rows that a bad request must not change: regions and outgoing events.</summary>
    public async Task<(int Regions, int Events)> CountWritesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyDb>();
        return (await db.Regions.CountAsync(), await db.OutboxMessages.CountAsync());
    }

    public async Task<T> InDbAsync<T>(Func<PartyDb, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PartyDb>());
    }

    private async Task SeedCityAsync()
    {
        foreach (var region in new object[]
        {
            new { code = "511600", name = "广安市", level = "City" },
            new { code = "511603", name = "前锋区", level = "County", parentCode = "511600" },
            new { code = "511603001", name = "大佛寺街道", level = "Street", parentCode = "511603" },
        })
        {
            (await Client.PostAsJsonAsync("/api/party/regions", region)).EnsureSuccessStatusCode();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _identity.DisposeAsync();
        await _servers.DisposeAsync();
    }
}
