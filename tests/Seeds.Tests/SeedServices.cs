extern alias charity;
extern alias gateway;
extern alias identity;
extern alias incubation;
extern alias party;
extern alias reporting;
extern alias volunteers;

using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Messaging;
using Platform.PersonalData;
using Platform.Testing;

namespace Platform.Seeds.Tests;

/// <summary>
/// What the seeder loads into, as the tests run services: the five domain services on real PostgreSQL, RabbitMQ and Redis,
/// the real Identity with the seeder's client (city-admin, 511600) created from seed configuration exactly as the AppHost
/// does it, the gateway in front of Reporting (for the figures check, as a client reads them), and the seeder's
/// configuration pointing at them. Shared by the tests and the full-scale measurement.
/// </summary>
public sealed class SeedServices : IAsyncDisposable
{
    private readonly LocalServers _servers;
    private readonly TestIdentity _identity;
    private readonly ServiceFactory<party::Program> _party;
    private readonly ServiceFactory<volunteers::Program> _volunteers;
    private readonly ServiceFactory<incubation::Program> _incubation;
    private readonly ServiceFactory<charity::Program> _charity;
    private readonly ServiceFactory<reporting::Program> _reporting;
    private readonly ServiceFactory<gateway::Program> _gateway;

    private SeedServices(LocalServers servers, TestIdentity identity, ServiceFactory<party::Program> party, ServiceFactory<volunteers::Program> volunteers,
        ServiceFactory<incubation::Program> incubation, ServiceFactory<charity::Program> charity, ServiceFactory<reporting::Program> reporting,
        ServiceFactory<gateway::Program> gateway, IConfiguration seeder)
    {
        (_servers, _identity, _party, _volunteers, SeederConfiguration) = (servers, identity, party, volunteers, seeder);
        (_incubation, _charity, _reporting, _gateway) = (incubation, charity, reporting, gateway);
    }

    public IConfiguration SeederConfiguration { get; }

    /// <param name="seed">Seed:* settings on top (scale and folders).</param>
    public static async Task<SeedServices> StartAsync(IReadOnlyDictionary<string, string?> seed, Action<IWebHostBuilder>? configure = null)
    {
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var servers = await LocalServers.StartAsync(withRedis: true);
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
        var incubation = new ServiceFactory<incubation::Program>(servers, "incubation", identity.ServiceSettings, web =>
        {
            web.UseSetting("Incubation:PersonalDataKey", PersonalDataKeys.Generate());
            web.UseSetting("Incubation:PersonalDataHashKey", PersonalDataKeys.Generate());
            configure?.Invoke(web);
        });
        var charity = new ServiceFactory<charity::Program>(servers, "charity", identity.ServiceSettings, configure);
        var reporting = new ServiceFactory<reporting::Program>(servers, "reporting", identity.ServiceSettings, configure);
        var gateway = new ServiceFactory<gateway::Program>(servers, "gateway", identity.ServiceSettings, web =>
        {
            foreach (var (name, address) in new[] { ("party", party.ClientOptions.BaseAddress), ("volunteers", volunteers.ClientOptions.BaseAddress),
                         ("incubation", incubation.ClientOptions.BaseAddress), ("charity", charity.ClientOptions.BaseAddress), ("reporting", reporting.ClientOptions.BaseAddress) })
            {
                web.UseSetting($"ReverseProxy:Clusters:{name}:Destinations:primary:Address", address.ToString());
            }
        });
        var settings = new Dictionary<string, string?>(seed)
        {
            ["Seed:ClientSecret"] = secret,
            ["services:identity:http:0"] = identity.Client.BaseAddress!.ToString(),
            ["services:party:http:0"] = party.ClientOptions.BaseAddress.ToString(),
            ["services:volunteers:http:0"] = volunteers.ClientOptions.BaseAddress.ToString(),
            ["services:incubation:http:0"] = incubation.ClientOptions.BaseAddress.ToString(),
            ["services:charity:http:0"] = charity.ClientOptions.BaseAddress.ToString(),
            ["services:reporting:http:0"] = reporting.ClientOptions.BaseAddress.ToString(),
            ["services:gateway:http:0"] = gateway.ClientOptions.BaseAddress.ToString(),
        };
        return new SeedServices(servers, identity, party, volunteers, incubation, charity, reporting, gateway, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
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
            $"facilities {await p.CommunityFacilities.CountAsync()}", $"party outbox {await p.OutboxMessages.CountAsync()}", $"volunteers {await v.Volunteers.CountAsync()}", $"teams {await v.Teams.CountAsync()}",
            $"activities {await v.Activities.CountAsync()}", $"participations {await v.Participations.CountAsync()}",
            $"points {await v.PointsEntries.SumAsync(e => e.Points)}", $"volunteers outbox {await v.OutboxMessages.CountAsync()}",
            await InDbAsync<incubation::Platform.Incubation.Data.IncubationDb>(_incubation.Services, async i => string.Join(", ",
                $"centres {await i.Centres.CountAsync()}", $"organisations {await i.Organisations.CountAsync()}", $"grades {await i.Grades.CountAsync()}",
                $"projects {await i.Projects.CountAsync()}", $"rooms {await i.Rooms.CountAsync()}", $"social workers {await i.SocialWorkers.CountAsync()}",
                $"incubation outbox {await i.OutboxMessages.CountAsync()}")),
            await InDbAsync<charity::Platform.Charity.Data.CharityDb>(_charity.Services, async c => string.Join(", ",
                $"federations {await c.Federations.CountAsync()}", $"funds {await c.Funds.CountAsync()}", $"donations {await c.Donations.CountAsync()}",
                $"supermarkets {await c.Supermarkets.CountAsync()}", $"stock {await c.StockItems.SumAsync(s => s.Available)}", $"outlets {await c.LotteryOutlets.CountAsync()}",
                $"sales reports {await c.SalesReports.CountAsync()}", $"journal {await c.JournalEntries.CountAsync()}", $"charity outbox {await c.OutboxMessages.CountAsync()}")),
            await InDbAsync<reporting::Platform.Reporting.Data.ReportingDb>(_reporting.Services, async r => string.Join(", ",
                $"records {await r.ServiceRecords.CountAsync()}", $"facts {await r.StatFacts.CountAsync()}"))));
    }

    private static async Task<string> InDbAsync<TDb>(IServiceProvider services, Func<TDb, Task<string>> read) where TDb : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _reporting.DisposeAsync();
        await _charity.DisposeAsync();
        await _incubation.DisposeAsync();
        await _volunteers.DisposeAsync();
        await _party.DisposeAsync();
        await _identity.DisposeAsync();
        await _servers.DisposeAsync();
    }
}
