namespace Platform.Seeds.Seeder;

/// <summary>What a stage found and did: records in the files, already loaded (skipped), created now, and its wall time.</summary>
public sealed record StageResult(string Stage, int Planned, int AlreadyLoaded, int Created, TimeSpan Elapsed);

public sealed record SeedReport(string Scale, IReadOnlyList<StageResult> Stages, TimeSpan Elapsed, IReadOnlyList<OverviewRow> Overview)
{
    public int Created => Stages.Sum(s => s.Created);
}
