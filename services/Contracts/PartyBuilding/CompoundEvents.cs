namespace Platform.Contracts.PartyBuilding;

/// <summary>
/// The whole profile of a residential compound after a change (category, pilot flag, property company, committee),
/// with a version so a consumer keeps the newest. Category and committee travel as their names (e.g. "OldCompound").
/// </summary>
public sealed record CompoundChanged(
    string Code,
    string CommunityCode,
    string Category,
    bool Pilot,
    string? PropertyCompany,
    string Committee,
    int Version,
    DateTimeOffset OccurredAt);
