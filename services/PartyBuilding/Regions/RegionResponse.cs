using Platform.Contracts;

namespace Platform.PartyBuilding.Regions;

/// <param name="Path">Where the region sits now: its code, or for a grid moved to another community that community's code and the grid's last three digits.</param>
public sealed record RegionResponse(string Code, string Name, RegionLevel Level, string? ParentCode, string Path, bool Retired, int Version);

internal static class RegionMapping
{
    public static RegionResponse ToResponse(this Region region) =>
        new(region.Code, region.Name, region.Level, region.ParentCode, region.Path, region.Retired, region.Version);
}
