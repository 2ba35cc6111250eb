extern alias identity;
extern alias party;
extern alias volunteers;

using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.PersonalData;
using Platform.Testing;

namespace Platform.Seeds.Tests;

/// <summary>
/// What the seeder loads into, as the tests run services: PartyBuilding and Volunteers on real PostgreSQL and RabbitMQ,
/// the real Identity with the seeder's client (city-admin, 511600) created from seed configuration exactly as the AppHost
/// does it, and the seeder's configuration pointing at them. Shared by the tests and the full-scale measurement.
/// </summary>
public sealed class SeedServices : IAsyncDisposable
{
    private readonly LocalServers _servers;
    private readonly TestIdentity _identity;
    private readonly ServiceFactory<party::Program> _party;
    private readonly ServiceFactory<volunteers::Program> _volunteers;

    private SeedServices(LocalServers servers, TestIdentity identity, ServiceFactory<party::Program> party, ServiceFactory<volunteers::Program> volunteers, IConfiguration seeder)
    {
        (_servers, _identity, _party, _volunteers, SeederConfiguration) = (servers, identity, party, volunteers, seeder);
    }

    public IConfiguration SeederConfiguration { get; }

    /// <param name="seed">Seed:* settings on top (scale and folders).</param>
    public static async Task<SeedServices> StartAsync(IReadOnlyDictionary<string, string?> seed, Action<IWebHostBuilder>? configure = null)
    {
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var servers = await LocalServers.StartAsync();
        var identity = await TestIdentity.StartAsync<identity::Program>(servers, new Dictionary<string, string?>
        {
            ["Identity:Seed:Clients:seeder:DisplayName"] = "Seeder",
            ["Identity:Seed:Clients:seeder:Role"] = "city-admin",
            ["Identity:Seed:Clients:seeder:Region"] = "511600",
            ["Identity:Seed:Clients:seeder:Secret"] = secret,
        });
        var party = new ServiceFactory<party::Program>(servers, "party", identity.ServiceSettings, web =>
        {
            web.UseSetting("PartyBuilding:PersonalDataKey", PersonalDataKeys.Generate());
            web.UseSetting("PartyBuilding:PersonalDataHashKey", PersonalDataKeys.Generate());
            configure?.Invoke(web);
        });
        var volunteers = new ServiceFactory<volunteers::Program>(servers, "volunteers", identity.ServiceSettings, web =>
        {
            web.UseSetting("Volunteers:PersonalDataKey", PersonalDataKeys.Generate());
            web.UseSetting("Volunteers:PersonalDataHashKey", PersonalDataKeys.Generate());
            configure?.Invoke(web);
        });
        var settings = new Dictionary<string, string?>(seed)
        {
            ["Seed:ClientSecret"] = secret,
            ["services:identity:http:0"] = identity.Client.BaseAddress!.ToString(),
            ["services:party:http:0"] = party.ClientOptions.BaseAddress.ToString(),
            ["services:volunteers:http:0"] = volunteers.ClientOptions.BaseAddress.ToString(),
        };
        return new SeedServices(servers, identity, party, volunteers, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }

    /// <summary>Volunteer profiles, and the rows of every table the seed writes to, outbox included (an event published twice would show there).</summary>
    public async Task<(int Volunteers, string Rows)> CountRowsAsync()
    {
        await using var partyScope = _party.Services.CreateAsyncScope();
        var p = partyScope.ServiceProvider.GetRequiredService<party::Platform.PartyBuilding.Data.PartyDb>();
        await using var volunteersScope = _volunteers.Services.CreateAsyncScope();
        var v = volunteersScope.ServiceProvider.GetRequiredService<volunteers::Platform.Volunteers.Data.VolunteersDb>();
        return (await v.Volunteers.CountAsync(), string.Join(", ",
            $"regions {await p.Regions.CountAsync()}", $"organisations {await p.Organisations.CountAsync()}", $"members {await p.Members.CountAsync()}",
            $"reports {await p.DualReports.CountAsync()}", $"centres {await p.GovernanceCentres.CountAsync()}", $"advisers {await p.LegalAdvisers.CountAsync()}",
            $"party outbox {await p.OutboxMessages.CountAsync()}", $"volunteers {await v.Volunteers.CountAsync()}", $"teams {await v.Teams.CountAsync()}",
            $"activities {await v.Activities.CountAsync()}", $"volunteers outbox {await v.OutboxMessages.CountAsync()}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _volunteers.DisposeAsync();
        await _party.DisposeAsync();
        await _identity.DisposeAsync();
        await _servers.DisposeAsync();
    }
}
