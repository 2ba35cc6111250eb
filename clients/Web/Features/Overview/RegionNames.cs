using Platform.Clients;
using Platform.Clients.Party.Models;
using Platform.Web.Api;

namespace Platform.Web.Features.Overview;

/// <summary>Regions as the PartyBuilding service (which owns them) names them: a trail of names and the regions one level down.</summary>
public static class RegionNames
{
    /// <summary>The trail from the user's own region down to <paramref name="region"/>, with each step's name.</summary>
    public static async Task<IReadOnlyList<(string Code, string Name)>> TrailAsync(PlatformApi api, string code, string name, string userRegion)
    {
        ArgumentNullException.ThrowIfNull(api);
        var trail = new List<(string, string)>();
        foreach (var step in RegionCodes.Trail(code, userRegion))
        {
            var stepName = step == code ? name : (await ApiCalls.TryAsync(() => api.Party.Api.Party.Regions[step].GetAsync())).Value?.Name ?? step;
            trail.Add((step, stepName));
        }

        return trail;
    }

    /// <summary>The live regions of one level in a region's subtree (the API's order: by path, then code), up to 500.</summary>
    public static async Task<ApiResult<IReadOnlyList<(string Code, string Name)>>> BelowAsync(PlatformApi api, string code, RegionLevel level)
    {
        ArgumentNullException.ThrowIfNull(api);
        var page = await ApiCalls.TryAsync(() => api.Party.Api.Party.Regions.GetAsync(r =>
        {
            r.QueryParameters.Region = code;
            r.QueryParameters.Level = level;
            r.QueryParameters.PageSize = 500;
        }));
        return new(page.Value?.Items?.Select(r => (r.Code ?? "", r.Name ?? "")).ToList(), page.Problem);
    }

    /// <summary>The level one down, where the overview drills: city → county → street → community.</summary>
    public static RegionLevel? Below(string code) => code.Length switch
    {
        6 when code.EndsWith("00", StringComparison.Ordinal) => RegionLevel.County,
        6 => RegionLevel.Street,
        9 => RegionLevel.Community,
        _ => null,
    };
}
