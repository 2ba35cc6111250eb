using Platform.Contracts.Incubation;
using Platform.Seeds.Generator.Names;

namespace Platform.Seeds.Generator.City;

/// <summary>
/// Incubation centres, social organisations (registered hub/platform/professional ones with credit codes and grades;
/// filed community social organisations with filing numbers), projects (red pairing with a community party committee),
/// social work rooms and social workers.
/// </summary>
public static class IncubationFiles
{
    /// <summary>AppHost/DevelopmentAccounts.cs gives the development operator this organisation id (in 龙镇社区).</summary>
    public static readonly Guid DevelopmentOrganisationId = new("01960000-0000-7000-8000-00000000a001");

    private static readonly string[] Functions = ["党建引领", "能力培养", "专业服务", "实践提升", "沟通协调", "宣传推广", "项目对接"];
    private static readonly string[] Fields = ["养老服务", "儿童关爱", "助残服务", "社区治理", "文体娱乐", "法律服务", "心理健康", "环境保护", "邻里互助", "平安建设"];
    private static readonly string[] RegisteredFields = ["社会工作", "养老服务", "社区治理", "公益慈善"];
    private static readonly string[] PairingThemes = ["一老一小", "邻里守望", "四点半课堂", "银龄互助", "平安小区"];
    private static readonly string[] CommunitySuffixes = ["志愿服务队", "协会", "文艺队", "互助会", "服务社", "读书会", "调解室"];

    public static void Write(GenerationContext context)
    {
        var random = context.Random(40);
        var centres = WriteCentres(context, random);
        var organisations = WriteOrganisations(context, centres, random);
        WriteProjects(context, organisations, random);
        WriteSocialWork(context, random);
    }

    private static Dictionary<string, Guid> WriteCentres(GenerationContext context, SeedRandom random)
    {
        using var file = context.Open("incubation-centres.csv", "id", "name", "level", "regionCode", "areaSquareMetres", "functions", "establishedOn");
        var byCounty = new Dictionary<string, Guid>();
        var city = SeedIds.Of(SeedIds.Centre, 1);
        file.Row(city, "广安市社会组织孵化中心", CentreLevel.City, Targets.CityCode, Targets.CityIncubationCentreSquareMetres, string.Join(';', Functions), new DateOnly(2021, 6, 18));
        byCounty[Targets.CityCode] = city;
        var counties = context.Regions.Counties;
        for (var i = 0; i < context.Targets.CountyIncubationCentres; i++)
        {
            var county = counties[i % counties.Count];
            var id = SeedIds.Of(SeedIds.Centre, i + 2);
            // Seven county centres for six county-level units: 广安区 has a second one (经开区).
            var name = i < counties.Count ? $"{county.Name}社会组织孵化中心" : $"{county.Name}经开区社会组织孵化中心";
            file.Row(id, name, CentreLevel.County, county.Code, random.Next(300, 1201), string.Join(';', Functions.Take(random.Next(4, 8))),
                GenerationContext.Day(random, new DateOnly(2021, 9, 1), new DateOnly(2023, 6, 30)));
            byCounty.TryAdd(county.Code, id);
        }

        context.Tally.Add("cityCentres");
        context.Tally.Add("countyCentres7", context.Targets.CountyIncubationCentres);
        context.Done(file);
        return byCounty;
    }

    private static List<(Guid Id, string Community)> WriteOrganisations(GenerationContext context, Dictionary<string, Guid> centres, SeedRandom random)
    {
        var targets = context.Targets;
        var regions = context.Regions;
        var names = new PlaceNames(random);
        var taken = new HashSet<string>();
        using var file = context.Open("social-organisations.csv", "id", "name", "kind", "field", "communityCode", "creditCode", "filingNumber",
            "status", "centreId", "grade", "evaluatedOn", "gradeExpiresOn", "score");
        var all = new List<(Guid, string)>();
        var n = 0;
        Guid NextId() => n++ == 0 ? DevelopmentOrganisationId : SeedIds.Of(SeedIds.Organisation, n);
        Guid CentreOf(string community) => random.Chance(0.2) ? centres[Targets.CityCode] : centres.GetValueOrDefault(community[..6], centres[Targets.CityCode]);

        // Filed community social organisations per community (龙镇社区 first: the development operator's organisation).
        var filingSerial = new Dictionary<string, int>();
        foreach (var community in regions.Communities.OrderBy(c => c.Code == RegionBuilder.LongzhenCommunity ? 0 : 1).ThenBy(c => c.Code, StringComparer.Ordinal))
        {
            for (var i = 0; i < context.Shares.FiledOrganisations[community.Code]; i++)
            {
                var serial = filingSerial[community.StreetCode] = filingSerial.GetValueOrDefault(community.StreetCode) + 1;
                var year = random.Next(2021, 2025);
                var status = random.Next(0, 20) switch { < 12 => "Filed", < 17 => "Incubating", _ => "Graduated" };
                var id = NextId();
                file.Row(id, $"{community.Name}{names.Unique(taken, random.Pick(CommunitySuffixes))}", OrganisationKind.CommunitySocialOrganisation,
                    random.Pick(Fields), community.Code, null, $"{community.StreetCode}-{year}-{serial:D3}", status,
                    status == "Filed" ? null : CentreOf(community.Code), null, null, null, null);
                all.Add((id, community.Code));
                context.Tally.Add("filed");
            }
        }

        // Not counted as filed: applications still waiting, and a few revoked after filing.
        foreach (var community in random.Shuffled(regions.Communities).Take(Math.Max(1, targets.FiledCommunityOrganisations / 30)))
        {
            file.Row(NextId(), $"{community.Name}{names.Unique(taken, random.Pick(CommunitySuffixes))}", OrganisationKind.CommunitySocialOrganisation,
                random.Pick(Fields), community.Code, null, null, random.Chance(0.7) ? "Applied" : "Revoked", null, null, null, null, null);
        }

        WriteRegistered(context, file, all, NextId, random);
        context.Tally.Add("organisations", n);
        context.Done(file);
        return all;
    }

    private static void WriteRegistered(GenerationContext context, Output.CsvFile file, List<(Guid, string)> all, Func<Guid> nextId, SeedRandom random)
    {
        var targets = context.Targets;
        var grades = Enumerable.Repeat(5, targets.Graded5A).Concat(Enumerable.Repeat(4, targets.Graded4A)).Concat(Enumerable.Repeat(3, targets.Graded3A)).ToList();
        var hubs = Math.Min(targets.RegisteredOrganisations, context.Regions.Counties.Count + 1);
        var platforms = (targets.RegisteredOrganisations - hubs) / 4;
        var gradedAt = random.Shuffled(Enumerable.Range(0, targets.RegisteredOrganisations)).Take(grades.Count).ToList();
        var names = new PlaceNames(random);
        for (var i = 0; i < targets.RegisteredOrganisations; i++)
        {
            var kind = i < hubs ? OrganisationKind.Hub : i < hubs + platforms ? OrganisationKind.Platform : OrganisationKind.ProfessionalService;
            var community = random.Pick(context.Regions.Communities);
            var countyName = context.Regions.Counties.First(c => c.Code == community.CountyCode).Name;
            var name = kind switch
            {
                OrganisationKind.Hub => i == 0 ? "广安市社会组织联合会" : $"{countyName}社会组织联合会{i}",
                OrganisationKind.Platform => $"{countyName}{names.Word()}公益服务平台",
                _ => $"{countyName}{names.Word()}社会工作服务中心",
            };
            var gradeIndex = gradedAt.IndexOf(i);
            // Grades stay valid 5 years from evaluation and the platform counts them against its own clock: evaluations
            // from mid-2022 keep every grade of the article counted until mid-2027.
            var evaluated = gradeIndex < 0 ? (DateOnly?)null : GenerationContext.Day(random, new DateOnly(2022, 7, 1), new DateOnly(2024, 6, 30));
            var id = nextId();
            file.Row(id, name, kind, random.Pick(RegisteredFields), community.Code,
                CreditCodes.Create(kind == OrganisationKind.Hub ? '1' : '2', community.CountyCode, 100 + i), null, "Registered", null,
                gradeIndex < 0 ? null : grades[gradeIndex], evaluated, evaluated?.AddYears(5),
                gradeIndex < 0 ? null : grades[gradeIndex] * 10 + 45 + random.Next(0, 10) - (grades[gradeIndex] == 5 ? 5 : 0));
            all.Add((id, community.Code));
            context.Tally.Add($"grade{(gradeIndex < 0 ? 0 : grades[gradeIndex])}");
        }
    }

    private static void WriteProjects(GenerationContext context, List<(Guid Id, string Community)> organisations, SeedRandom random)
    {
        using var file = context.Open("projects.csv", "id", "organisationId", "kind", "title", "communityCode", "partyOrganisationKey", "budgetFen",
            "startsOn", "endsOn", "status");
        var total = context.Targets.RedPairingProjects + context.Targets.OtherProjects;
        for (var n = 1; n <= total; n++)
        {
            var (organisation, community) = random.Pick(organisations);
            var kind = n <= context.Targets.RedPairingProjects ? ProjectKind.RedPairing : random.Chance(0.5) ? ProjectKind.PublicBenefitVenture : ProjectKind.GovernmentPurchase;
            var starts = GenerationContext.Day(random, new DateOnly(2022, 1, 1), new DateOnly(2024, 3, 1));
            var title = kind switch
            {
                ProjectKind.RedPairing => $"红色联姻·{random.Pick(PairingThemes)}项目",
                ProjectKind.PublicBenefitVenture => "社区公益创投项目",
                _ => "政府购买社区服务项目",
            };
            file.Row(SeedIds.Of(SeedIds.Project, n), organisation, kind, title, community,
                kind == ProjectKind.RedPairing ? $"committee:{community}" : null, random.Next(20, 301) * 100_000L,
                starts, starts.AddMonths(random.Next(6, 19)).AddDays(-1), random.Chance(0.4) ? "Completed" : "Approved");
            context.Tally.Add(kind == ProjectKind.RedPairing ? "redPairing" : "otherProjects");
        }

        context.Done(file);
    }

    private static void WriteSocialWork(GenerationContext context, SeedRandom random)
    {
        var people = context.People(random);
        using var rooms = context.Open("social-work-rooms.csv", "id", "communityCode", "openedOn");
        using var workers = context.Open("social-workers.csv", "id", "name", "level", "communityCode", "roomId", "assignedOn");
        var roomIds = new Dictionary<string, Guid>();
        foreach (var community in context.Regions.Communities.Where(c => context.Shares.Rooms.Contains(c.Code)))
        {
            var id = SeedIds.Of(SeedIds.Room, roomIds.Count + 1);
            roomIds[community.Code] = id;
            rooms.Row(id, community.Code, GenerationContext.Day(random, new DateOnly(2021, 6, 1), new DateOnly(2023, 12, 31)));
        }

        var n = 0;
        foreach (var community in context.Regions.Communities)
        {
            for (var i = 0; i < context.Shares.SocialWorkers[community.Code] && roomIds.ContainsKey(community.Code); i++)
            {
                var level = random.Next(0, 10) switch { < 6 => SocialWorkerLevel.Assistant, < 9 => SocialWorkerLevel.Intermediate, _ => SocialWorkerLevel.Senior };
                workers.Row(SeedIds.Of(SeedIds.SocialWorker, ++n), people.Name(), level, community.Code, roomIds[community.Code],
                    GenerationContext.Day(random, new DateOnly(2022, 1, 1), new DateOnly(2024, 5, 31)));
            }
        }

        context.Tally.Add("socialWorkers", n);
        context.Tally.Add("rooms", roomIds.Count);
        context.Done(rooms);
        context.Done(workers);
    }
}
