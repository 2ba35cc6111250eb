namespace Platform.Seeds.Generator.City;

/// <summary>Service records of the six services (六项服务), summing to exactly the target person-times.</summary>
public static class ReportingFiles
{
    private static readonly (string Service, string Summary)[] Services =
    [
        ("NeedsAssessment", "入户需求评估"), ("ResourceLinking", "链接慈善与志愿资源"), ("SocialAssistance", "困难群众救助帮扶"),
        ("ElderlyChildCare", "一老一小关爱服务"), ("CommunityGovernance", "居民议事与纠纷化解"), ("ProductionDevelopment", "技能培训与就业帮扶"),
    ];

    public static void Write(GenerationContext context)
    {
        var random = context.Random(60);
        using var file = context.Open("service-records.csv", "id", "service", "providerKind", "providerId", "communityCode", "date", "personTimes", "summary");
        var communities = context.Regions.Communities;
        var left = context.Targets.SixServicesPersonTimes;
        var n = 0;
        while (left > 0)
        {
            var personTimes = Math.Min(left, random.Next(5, 61));
            var (service, summary) = random.Pick(Services);
            var community = random.Pick(communities).Code;
            // Providers by kind, referring to the teams, organisations and social workers files by their sequence ids.
            var (kind, providerId) = random.Next(0, 3) switch
            {
                0 => ("Team", SeedIds.Of(SeedIds.Team, random.Next(1, context.Tally.Count("teams") + 1))),
                1 => ("Organisation", SeedIds.Of(SeedIds.Organisation, random.Next(2, context.Tally.Count("organisations") + 1))),
                _ => ("SocialWorker", SeedIds.Of(SeedIds.SocialWorker, random.Next(1, context.Tally.Count("socialWorkers") + 1))),
            };
            file.Row(SeedIds.Of(SeedIds.ServiceRecord, ++n), service, kind, providerId, community,
                GenerationContext.Day(random, new DateOnly(2023, 1, 1), new DateOnly(2024, 6, 30)), personTimes, summary);
            left -= personTimes;
            context.Tally.Add("personTimes", personTimes);
        }

        context.Done(file);
    }
}
