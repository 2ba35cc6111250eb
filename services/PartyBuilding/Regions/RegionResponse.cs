using Platform.Contracts;

namespace Platform.PartyBuilding.Regions;

public sealed record RegionResponse(string Code, string Name, RegionLevel Level, string? ParentCode, bool Retired, int Version);

internal static class RegionMapping
{
    public static RegionResponse ToResponse(this Region region) =>
        new(region.Code, region.Name, region.Level, region.ParentCode, region.Retired, region.Version);
}
