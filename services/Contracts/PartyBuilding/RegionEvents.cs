namespace Platform.Contracts.PartyBuilding;

/// <summary>
/// Each region event carries the region's whole state and its version, so a replica can apply events in any order
/// and keep the newest.
/// </summary>
public sealed record RegionRegistered(
    string Code, string Name, RegionLevel Level, string? ParentCode, int Version, DateTimeOffset OccurredAt);

public sealed record RegionChanged(
    string Code, string Name, RegionLevel Level, string? ParentCode, int Version, DateTimeOffset OccurredAt);

public sealed record RegionRetired(
    string Code, string Name, RegionLevel Level, string? ParentCode, int Version, DateTimeOffset OccurredAt);
