using Platform.Contracts.Volunteers;
using Platform.Seeds.Generator.Names;

namespace Platform.Seeds.Generator.City;

/// <summary>
/// volunteers.csv (the Volunteers import format with an id column), teams.csv, activities.csv and
/// activity-participants.csv (who took part, from the activity's community). Volunteers are written community by
/// community in code order, so that a street's volunteers are one contiguous block.
/// </summary>
public static class VolunteerFiles
{
    /// <summary>AppHost/DevelopmentAccounts.cs gives the development volunteer account this profile id (in 龙镇社区).</summary>
    public static readonly Guid DevelopmentVolunteerId = new("01960000-0000-7000-8000-00000000b001");

    public const int PointsPerHour = 10;

    private static readonly string[] Skills =
        ["巡逻", "调解", "助老", "助残", "儿童托管", "心理疏导", "法律咨询", "医疗护理", "家电维修", "理发", "文艺", "垃圾分类", "消防", "急救", "电脑", "驾驶"];

    private static readonly (TeamColour Colour, string Name, ActivityCategory[] Categories)[] Colours =
    [
        (TeamColour.PioneerRed, "先锋红", [ActivityCategory.PovertyRelief, ActivityCategory.SocialAssistance, ActivityCategory.HardshipRelief]),
        (TeamColour.VitalityOrange, "活力橙", [ActivityCategory.EntrepreneurshipEmployment, ActivityCategory.ChildCare, ActivityCategory.Other]),
        (TeamColour.SafetyBlue, "平安蓝", [ActivityCategory.SecurityPatrol, ActivityCategory.DisputeMediation]),
        (TeamColour.EcologyGreen, "生态绿", [ActivityCategory.Other, ActivityCategory.SecurityPatrol]),
        (TeamColour.GuardianWhite, "卫士白", [ActivityCategory.ElderlyDisabledCare, ActivityCategory.ChildCare, ActivityCategory.HardshipRelief]),
    ];

    private static readonly Dictionary<ActivityCategory, string> Titles = new()
    {
        [ActivityCategory.SecurityPatrol] = "治安巡逻", [ActivityCategory.DisputeMediation] = "纠纷调解", [ActivityCategory.HardshipRelief] = "困难救助",
        [ActivityCategory.EntrepreneurshipEmployment] = "创业就业帮扶", [ActivityCategory.ElderlyDisabledCare] = "养老助残",
        [ActivityCategory.ChildCare] = "儿童关爱", [ActivityCategory.PovertyRelief] = "扶贫济困", [ActivityCategory.SocialAssistance] = "社会救助",
        [ActivityCategory.Other] = "环境整治",
    };

    public static void Write(GenerationContext context)
    {
        var firstVolunteer = WriteVolunteers(context);
        var teams = WriteTeams(context, firstVolunteer);
        WriteActivities(context, teams, firstVolunteer);
    }

    /// <summary>Returns each community's first volunteer number and count.</summary>
    private static Dictionary<string, (long First, int Count)> WriteVolunteers(GenerationContext context)
    {
        var random = context.Random(30);
        var people = context.People(random);
        var ranges = new Dictionary<string, (long, int)>();
        using var file = context.Open("volunteers.csv", "id", "name", "idNumber", "phone", "communityCode", "skills");
        long n = 0;
        foreach (var community in context.Regions.Communities)
        {
            var count = context.Shares.Volunteers[community.Code];
            ranges[community.Code] = (n + 1, count);
            for (var i = 0; i < count; i++)
            {
                n++;
                var person = people.Next(16, 75);
                var id = VolunteerId(community.Code, n, n - i);
                var skills = string.Join(';', random.Shuffled(Skills).Take(random.Next(0, 4)));
                file.Row(id, person.Name, person.IdNumber, person.Phone, community.Code, skills);
            }
        }

        context.Tally.Add("volunteers", n);
        context.Done(file);
        return ranges;
    }

    private static List<(Guid Id, string Community, int Colour)> WriteTeams(GenerationContext context, Dictionary<string, (long First, int Count)> volunteers)
    {
        var random = context.Random(31);
        var names = new PlaceNames(random);
        var teams = new List<(Guid, string, int)>();
        using var file = context.Open("teams.csv", "id", "name", "colour", "communityCode", "leaderId");
        foreach (var community in context.Regions.Communities)
        {
            var (first, count) = volunteers[community.Code];
            var taken = new HashSet<string>();
            for (var t = 0; t < context.Shares.Teams[community.Code]; t++)
            {
                // Seven teams cover all five colours; extra teams repeat colours.
                var colour = t < Colours.Length ? t : random.Next(0, Colours.Length);
                var id = SeedIds.Of(SeedIds.Team, teams.Count + 1);
                var leaderNumber = first + random.Next(0, count);
                var leader = VolunteerId(community.Code, leaderNumber, first);
                var name = $"{community.Name}{names.Unique(taken, "")}{Colours[colour].Name}志愿服务队";
                file.Row(id, name, Colours[colour].Colour, community.Code, leader);
                teams.Add((id, community.Code, colour));
            }
        }

        context.Tally.Add("teams", teams.Count);
        context.Done(file);
        return teams;
    }

    /// <summary>The id of volunteer number <paramref name="number"/>; the first of 龙镇社区 is the development volunteer.</summary>
    private static Guid VolunteerId(string community, long number, long first) =>
        community == RegionBuilder.LongzhenCommunity && number == first ? DevelopmentVolunteerId : SeedIds.Of(SeedIds.Volunteer, number);

    private static void WriteActivities(
        GenerationContext context, List<(Guid Id, string Community, int Colour)> teams, Dictionary<string, (long First, int Count)> volunteers)
    {
        var random = context.Random(32);
        // Who took part draws from its own stream, so activities.csv stays as it was.
        var attendance = context.Random(33);
        using var participantsFile = context.Open("activity-participants.csv", "activityId", "volunteerId", "minutes", "points");
        using var file = context.Open("activities.csv",
            "id", "title", "category", "organiserTeamId", "communityCode", "startsAt", "endsAt", "capacity", "participants", "minutesEach", "pointsEach");
        var epoch = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var n = 1; n <= context.Targets.Activities; n++)
        {
            var team = random.Pick(teams);
            var category = random.Pick(Colours[team.Colour].Categories);
            // Local (UTC+8) start between 08:00 and 17:00 on a day of 2023 to mid-2024, one to four hours.
            var start = epoch.AddDays(random.Next(0, 545)).AddHours(random.Next(8, 18) - 8).AddMinutes(30 * random.Next(0, 2));
            var minutes = 60 * random.Next(1, 5);
            var capacity = random.Next(5, 41);
            var participants = random.Next(3, capacity + 1);
            var minutesEach = minutes - 15 * random.Next(0, 3);
            var id = SeedIds.Of(SeedIds.Activity, n);
            file.Row(id, $"{Titles[category]}志愿服务活动（第{n}期）", category, team.Id, team.Community,
                start, start.AddMinutes(minutes), capacity, participants, minutesEach, minutesEach * PointsPerHour / 60);
            context.Tally.Add("activityPersonTimes", participants);
            var (first, count) = volunteers[team.Community];
            foreach (var number in Distinct(attendance, first, count, participants))
            {
                participantsFile.Row(id, VolunteerId(team.Community, number, first), minutesEach, minutesEach * PointsPerHour / 60);
                context.Tally.Add("serviceMinutes", minutesEach);
                context.Tally.Add("pointsCredited", minutesEach * PointsPerHour / 60);
            }
        }

        context.Tally.Add("activities", context.Targets.Activities);
        context.Done(file);
        context.Done(participantsFile);
    }

    /// <summary><paramref name="wanted"/> different volunteer numbers of a community (all of them when it has no more), in drawing order.</summary>
    private static List<long> Distinct(SeedRandom random, long first, int count, int wanted)
    {
        if (wanted >= count)
        {
            return [.. Enumerable.Range(0, count).Select(i => first + i)];
        }

        var picked = new List<long>(wanted);
        var seen = new HashSet<long>();
        while (picked.Count < wanted)
        {
            var number = first + random.Next(0, count);
            if (seen.Add(number))
            {
                picked.Add(number);
            }
        }

        return picked;
    }
}
