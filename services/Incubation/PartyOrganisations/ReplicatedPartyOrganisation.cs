namespace Platform.Incubation.PartyOrganisations;

/// <summary>
/// What this service knows of a PartyBuilding party organisation, from its events, so that a red-pairing project is
/// checked without a call to PartyBuilding.
/// </summary>
public sealed class ReplicatedPartyOrganisation
{
    public required Guid Id { get; init; }
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public bool Dissolved { get; set; }

    /// <summary>Live and located in the community (at it or at one of its grids or compounds).</summary>
    public bool IsLiveIn(string communityCode) => !Dissolved && RegionCode.StartsWith(communityCode, StringComparison.Ordinal);
}
