using Platform.Contracts;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Organisations;

/// <summary>Where a kind of organisation sits and which kind of parent, responsible for which regions, it has.</summary>
internal sealed record PlacementRule(RegionLevel[] RegionLevels, PartyOrganisationKind? ParentKind, Func<Region, Region, bool> ParentCovers)
{
    private static readonly Func<Region, Region, bool> NoParent = (_, _) => false;
    private static readonly Func<Region, Region, bool> SameCommunity = (parentRegion, region) =>
        region.Code == parentRegion.Code || region.ParentCode == parentRegion.Code;
    private static readonly Func<Region, Region, bool> WithinCounty = (parentRegion, region) =>
        region.Path.StartsWith(parentRegion.Code, StringComparison.Ordinal);

    public static PlacementRule Of(PartyOrganisationKind kind) => kind switch
    {
        PartyOrganisationKind.CommunityPartyCommittee => new([RegionLevel.Community], null, NoParent),
        PartyOrganisationKind.PropertyIndustryCommittee => new([RegionLevel.County], null, NoParent),
        PartyOrganisationKind.GridBranch => new([RegionLevel.Grid], PartyOrganisationKind.CommunityPartyCommittee, SameCommunity),
        PartyOrganisationKind.CompoundBranch => new([RegionLevel.Compound], PartyOrganisationKind.CommunityPartyCommittee, SameCommunity),
        PartyOrganisationKind.SocialOrganisationBranch => new([RegionLevel.Community], PartyOrganisationKind.CommunityPartyCommittee, SameCommunity),
        PartyOrganisationKind.PropertyCompanyBranch => new([RegionLevel.Community, RegionLevel.Compound],
            PartyOrganisationKind.PropertyIndustryCommittee, WithinCounty),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
