namespace Platform.Contracts.PartyBuilding;

/// <summary>
/// The community facilities the article counts: new community party-service centres (新建社区党群服务中心), renovated
/// community centres (改造提升), new compound party-service stations (新建小区党群服务站, at a compound) and featured
/// communities (特色社区).
/// </summary>
public enum CommunityFacilityKind
{
    NewPartyServiceCentre,
    RenovatedCommunityCentre,
    NewCompoundStation,
    FeaturedCommunity,
}

/// <summary>A region was designated as one kind of community facility (one designation per region and kind).</summary>
public sealed record CommunityFacilityDesignated(
    Guid FacilityId, string RegionCode, string CommunityCode, CommunityFacilityKind Kind, DateTimeOffset DesignatedAt);
