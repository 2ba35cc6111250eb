using Platform.Clients;
using Platform.Clients.Party.Models;
using Platform.Web.Api;
using Platform.Web.Features.Overview;

namespace Platform.Web.Features.Regions;

/// <summary>What a region's page shows above its lists: the region, its subtree counted, where it sits and what is below it.</summary>
public sealed record RegionPageData(
    RegionResponse Region,
    SubtreeResponse? Subtree,
    CompoundResponse? Compound,
    IReadOnlyList<(string Code, string Name)> Trail,
    IReadOnlyList<(string Code, string Name)> Children,
    ApiProblem? PartProblem)
{
    public static async Task<ApiResult<RegionPageData>> LoadAsync(PlatformApi api, string code, string userRegion)
    {
        ArgumentNullException.ThrowIfNull(api);
        var party = api.Party.Api.Party;
        var found = await ApiCalls.TryAsync(() => party.Regions[code].GetAsync());
        if (found.Value is not { } region)
        {
            return new(null, found.Problem);
        }

        var subtree = await ApiCalls.TryAsync(() => party.Regions[code].Subtree.GetAsync());
        var compound = region.Level == RegionLevel.Compound ? await ApiCalls.TryAsync(() => party.Compounds[code].GetAsync()) : null;
        var children = await RegionLevels.ChildrenAsync(api, region);
        var trail = await RegionNames.TrailAsync(api, code, region.Name ?? code, userRegion);
        return new(new RegionPageData(region, subtree.Value, compound?.Value, trail,
            [.. (children.Value ?? []).Select(r => (r.Code ?? "", r.Name ?? ""))], subtree.Problem ?? children.Problem), null);
    }
}
