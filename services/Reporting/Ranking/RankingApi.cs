using static Platform.Reporting.ReportingService;

namespace Platform.Reporting.Ranking;

public static class RankingApi
{
    public static RouteGroupBuilder MapRankingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/ranking", "Statistics 统计");
        group.MapGet("/{regionCode}", GetRanking.HandleAsync).WithName("GetRanking")
            .WithSummary("A region's rank among its siblings by one figure 同级排名");
        return group;
    }
}
