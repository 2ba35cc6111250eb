namespace Platform.Contracts.PartyBuilding;

/// <summary>A governance centre (综治中心) opened at county or street level; street ones may be demonstration centres.</summary>
public sealed record GovernanceCentreOpened(
    Guid CentreId, string Name, string RegionCode, RegionLevel Level, bool Demonstration, DateTimeOffset OpenedAt);
