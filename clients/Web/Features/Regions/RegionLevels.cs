using MudBlazor;
using Platform.Clients;
using Platform.Clients.Party.Models;
using Platform.Web.Api;

namespace Platform.Web.Features.Regions;

/// <summary>The region tree one level at a time: the levels below a region and the tree's items for them.</summary>
public static class RegionLevels
{
    public static readonly int[] PageSizes = [25, 50, 100];

    /// <summary>The levels of a region's children: a community holds grids and compounds; grids and compounds hold nothing.</summary>
    public static IReadOnlyList<RegionLevel> Below(RegionLevel? level) => level switch
    {
        RegionLevel.City => [RegionLevel.County],
        RegionLevel.County => [RegionLevel.Street],
        RegionLevel.Street => [RegionLevel.Community],
        RegionLevel.Community => [RegionLevel.Grid, RegionLevel.Compound],
        _ => [],
    };

    public static TreeItemData<RegionResponse> ItemOf(RegionResponse region, string text) => new()
    {
        Value = region,
        Text = text,
        Expandable = Below(region.Level).Count > 0,
    };

    /// <summary>The live regions directly below <paramref name="region"/>, in the API's order.</summary>
    public static async Task<ApiResult<IReadOnlyList<RegionResponse>>> ChildrenAsync(PlatformApi api, RegionResponse region)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(region);
        var children = new List<RegionResponse>();
        foreach (var level in Below(region.Level))
        {
            var page = await ApiCalls.TryAsync(() => api.Party.Api.Party.Regions.GetAsync(r =>
            {
                r.QueryParameters.Region = region.Code;
                r.QueryParameters.Level = level;
                r.QueryParameters.PageSize = 500;
            }));
            if (page.Problem is not null)
            {
                return new(null, page.Problem);
            }

            children.AddRange(page.Value?.Items?.Where(r => r.ParentCode == region.Code) ?? []);
        }

        return new(children, null);
    }
}
