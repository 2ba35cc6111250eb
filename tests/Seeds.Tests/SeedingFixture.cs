extern alias identity;
extern alias party;
extern alias volunteers;

using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.PersonalData;
using Platform.Seeds.Generator.Output;
using Platform.Seeds.Seeder;
using Platform.Testing;

namespace Platform.Seeds.Tests;

/// <summary>
/// PartyBuilding and Volunteers on real PostgreSQL and RabbitMQ, the real Identity with the seeder's client (city-admin,
/// 511600) created from seed configuration exactly as the AppHost does, and the seeder's configuration pointing at them.
/// The fixture seeds the sample city once, on fresh databases; tests look at that first run and run the seeder again.
/// </summary>
public sealed class SeedingFixture : IAsyncLifetime
{
    private readonly string _seederSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
    private LocalServers _servers = null!;
    private TestIdentity _identity = null!;
    private ServiceFactory<party::Program> _party = null!;
    private ServiceFactory<volunteers::Program> _volunteers = null!;

    public IConfiguration SeederConfiguration { get; private set; } = null!;

    public SeedReport FirstRun { get; private set; } = null!;

    /// <summary>The row counts once the first run's events have been consumed.</summary>
    public string SettledRows { get; private set; } = "";

    public Manifest Samples { get; } = Manifest.Read(Path.Combine(RepositoryRoot.Path, "seeds", "samples"));

    public async ValueTask InitializeAsync()
    {
        _servers = await LocalServers.StartAsync();
        _identity = await TestIdentity.StartAsync<identity::Program>(_servers, new Dictionary<string, string?>
        {
            ["Identity:Seed:Clients:seeder:DisplayName"] = "Seeder",
            ["Identity:Seed:Clients:seeder:Role"] = "city-admin",
            ["Identity:Seed:Clients:seeder:Region"] = "511600",
            ["Identity:Seed:Clients:seeder:Secret"] = _seederSecret,
        });
        _party = new ServiceFactory<party::Program>(_servers, "party", _identity.ServiceSettings, web =>
        {
            web.UseSetting("PartyBuilding:PersonalDataKey", PersonalDataKeys.Generate());
            web.UseSetting("PartyBuilding:PersonalDataHashKey", PersonalDataKeys.Generate());
        });
        _volunteers = new ServiceFactory<volunteers::Program>(_servers, "volunteers", _identity.ServiceSettings, web =>
        {
            web.UseSetting("Volunteers:PersonalDataKey", PersonalDataKeys.Generate());
            web.UseSetting("Volunteers:PersonalDataHashKey", PersonalDataKeys.Generate());
        });
        SeederConfiguration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seed:Scale"] = "sample",
            ["Seed:SamplesDirectory"] = Path.Combine(RepositoryRoot.Path, "seeds", "samples"),
            ["Seed:ClientSecret"] = _seederSecret,
            ["services:identity:http:0"] = _identity.Client.BaseAddress!.ToString(),
            ["services:party:http:0"] = _party.ClientOptions.BaseAddress.ToString(),
            ["services:volunteers:http:0"] = _volunteers.ClientOptions.BaseAddress.ToString(),
        }).Build();
        FirstRun = await SeedRun.RunAsync(SeederConfiguration, NullLogger.Instance, CancellationToken.None);
        SettledRows = await SettledRowsAsync(CancellationToken.None);
    }

    /// <summary>
    /// The row counts once Volunteers has consumed every dual report: the imported volunteers plus one profile per
    /// reported party member (their ID numbers are not among the volunteers', so each report creates a profile).
    /// </summary>
    public async Task<string> SettledRowsAsync(CancellationToken cancellationToken)
    {
        var expected = Samples.Figures.RegisteredVolunteers + Samples.Figures.DualReportedPartyMembers;
        var (_, rows) = await Eventually.UntilAsync(CountRowsAsync, counts => counts.Volunteers == expected,
            TimeSpan.FromSeconds(60), "Volunteers to consume the dual reports", cancellationToken);
        return rows;
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
