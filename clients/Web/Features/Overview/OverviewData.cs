using Platform.Clients;
using Platform.Clients.Reporting.Models;
using Platform.Web.Api;
using PartyLevel = Platform.Clients.Party.Models.RegionLevel;

namespace Platform.Web.Features.Overview;

/// <summary>What the overview of one region shows, read from Reporting (cached there) and PartyBuilding (names).</summary>
public sealed record OverviewData(
    RegionOverview Overview,
    Trends? Trends,
    RegionCompliance? Compliance,
    IReadOnlyList<RankedCommunity> Ranking,
    IReadOnlyList<(string Code, string Name)> Trail,
    IReadOnlyList<(string Code, string Name)> Children,
    ApiProblem? PartProblem)
{
    /// <summary>The months the trends cover: this one and the eleven before it.</summary>
    public const int TrendMonths = 12;

    public static async Task<ApiResult<OverviewData>> LoadAsync(PlatformApi api, string code, string userRegion, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(api);
        var reporting = api.Reporting.Api.Reporting;
        var overview = await ApiCalls.TryAsync(() => reporting.Overview[code].GetAsync());
        if (overview.Value is not { } figures)
        {
            return new(null, overview.Problem);
        }

        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - TrendMonths);
        var trends = ApiCalls.TryAsync(() => reporting.Trends[code].GetAsync(r => r.QueryParameters.From = new(from.Year, from.Month, from.Day)));
        var compliance = ApiCalls.TryAsync(() => reporting.Compliance[code].GetAsync());
        var communities = RegionNames.BelowAsync(api, code, PartyLevel.Community);
        var below = RegionNames.Below(code);
        var children = below is { } level ? RegionNames.BelowAsync(api, code, level) : null;
        var trail = RegionNames.TrailAsync(api, code, figures.Name ?? code, userRegion);

        var problem = (await trends).Problem ?? (await compliance).Problem;
        var ranking = (await compliance).Value is { } c && code.Length < 12 ? Ranking1257N.Rank((await communities).Value ?? [], c) : [];
        return new(new OverviewData(figures, (await trends).Value, (await compliance).Value, ranking, await trail,
            children is null ? [] : (await children).Value ?? [], problem), null);
    }
}
