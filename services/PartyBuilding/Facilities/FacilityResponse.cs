using Platform.Contracts.PartyBuilding;

namespace Platform.PartyBuilding.Facilities;

public sealed record FacilityResponse(Guid Id, string RegionCode, string CommunityCode, CommunityFacilityKind Kind, DateTimeOffset DesignatedAt);

internal static class FacilityMapping
{
    public static FacilityResponse ToResponse(this CommunityFacility f) => new(f.Id, f.RegionCode, f.CommunityCode, f.Kind, f.DesignatedAt);
}
