namespace Platform.Seeds.Seeder;

/// <summary>
/// Configuration section <c>Seed</c>. Service addresses come from Aspire's service references
/// (<c>services:{name}:http:0</c>), the client secret from a generated, persisted Aspire parameter.
/// </summary>
public sealed class SeedSettings
{
    public const string Section = "Seed";
    public const string ClientIdDefault = "seeder";

    /// <summary>full, sample or none.</summary>
    public string Scale { get; set; } = "full";

    /// <summary>Where full-scale files are generated when missing (git-ignored); the sample set is read from <see cref="SamplesDirectory"/>.</summary>
    public string DataDirectory { get; set; } = "seeds/.data";

    public string SamplesDirectory { get; set; } = "seeds/samples";

    public string ClientId { get; set; } = ClientIdDefault;
    public string ClientSecret { get; set; } = "";

    /// <summary>Requests in flight per stage where records go one by one.</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>Volunteer import requests in flight (each streams a street's rows).</summary>
    public int ImportConcurrency { get; set; } = 2;

    /// <summary>How long to wait for another service to apply the seed's events (region replicas, dual-reported members' volunteer profiles).</summary>
    public TimeSpan EventualTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The city overview is read until it matches, or has not changed for this long (Reporting has applied what arrived).</summary>
    public TimeSpan OverviewQuiet { get; set; } = TimeSpan.FromSeconds(15);
}
