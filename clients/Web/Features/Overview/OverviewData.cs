using Platform.Clients;
using Platform.Clients.Reporting.Models;
using Platform.Web.Api;
using PartyLevel = Platform.Clients.Party.Models.RegionLevel;

namespace Platform.Web.Features.Overview;

/// <summary>
/// What the overview of one region shows below its figures, read from Reporting (cached there) and PartyBuilding
/// (names). The figures come first, on their own, so that they are on screen before the rest has arrived.
/// </summary>
public sealed record OverviewData(
    Trends? Trends,
    RegionCompliance? Compliance,
    IReadOnlyList<RankedCommunity> Ranking,
    IReadOnlyList<(string Code, string Name)> Trail,
    IReadOnlyList<(string Code, string Name)> Children,
    ApiProblem? Problem)
{
    public static Task<ApiResult<RegionOverview>> FiguresAsync(PlatformApi api, string code)
    {
        ArgumentNullException.ThrowIfNull(api);
        return ApiCalls.TryAsync(() => api.Reporting.Api.Reporting.Overview[code].GetAsync());
    }

    /// <summary>The region's months, all of them or those of one calendar year.</summary>
    public static Task<ApiResult<Trends>> TrendsAsync(PlatformApi api, string code, int? year)
    {
        ArgumentNullException.ThrowIfNull(api);
        return ApiCalls.TryAsync(() => api.Reporting.Api.Reporting.Trends[code].GetAsync(r =>
        {
            r.QueryParameters.From = year is { } y ? new(y, 1, 1) : null;
            r.QueryParameters.To = year is { } z ? new(z, 12, 31) : null;
        }));
    }

    public static async Task<OverviewData> LoadAsync(PlatformApi api, RegionOverview figures, string userRegion, int? year)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(figures);
        var code = figures.RegionCode ?? userRegion;
        var reporting = api.Reporting.Api.Reporting;
        var trends = TrendsAsync(api, code, year);
        var compliance = ApiCalls.TryAsync(() => reporting.Compliance[code].GetAsync());
        var communities = RegionNames.BelowAsync(api, code, PartyLevel.Community);
        var children = RegionNames.Below(code) is { } level ? RegionNames.BelowAsync(api, code, level) : null;
        var trail = RegionNames.TrailAsync(api, code, figures.Name ?? code, userRegion);

        var ranking = (await compliance).Value is { } c && code.Length < 12 ? Ranking1257N.Rank((await communities).Value ?? [], c) : [];
        return new OverviewData((await trends).Value, (await compliance).Value, ranking, await trail,
            children is null ? [] : (await children).Value ?? [], (await trends).Problem ?? (await compliance).Problem);
    }
}
