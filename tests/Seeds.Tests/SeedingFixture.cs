using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Seeds.Generator.Output;
using Platform.Seeds.Seeder;
using Platform.Testing;

namespace Platform.Seeds.Tests;

/// <summary>The services of <see cref="SeedServices"/>, seeded once with the sample city on fresh databases; tests look at that first run and seed again.</summary>
public sealed class SeedingFixture : IAsyncLifetime
{
    private static readonly string SamplesDirectory = Path.Combine(RepositoryRoot.Path, "seeds", "samples");
    private SeedServices _services = null!;

    public IConfiguration SeederConfiguration => _services.SeederConfiguration;

    public SeedReport FirstRun { get; private set; } = null!;

    /// <summary>The row counts once the first run's events have been consumed.</summary>
    public string SettledRows { get; private set; } = "";

    public Manifest Samples { get; } = Manifest.Read(SamplesDirectory);

    /// <summary>The seeder's data folder for this run (the figures check writes its table there).</summary>
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("seeds-data-").FullName;

    public async ValueTask InitializeAsync()
    {
        _services = await SeedServices.StartAsync(new Dictionary<string, string?>
        {
            ["Seed:Scale"] = "sample", ["Seed:SamplesDirectory"] = SamplesDirectory, ["Seed:DataDirectory"] = DataDirectory,
        });
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
        var (_, rows) = await Eventually.UntilAsync(_services.CountRowsAsync, counts => counts.Volunteers == expected,
            TimeSpan.FromSeconds(60), "Volunteers to consume the dual reports", cancellationToken);
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
