using System.Globalization;
using Platform.PersonalData;
using Platform.Seeds.Generator;
using Platform.Seeds.Generator.Output;
using Platform.Testing;

namespace Platform.Seeds.Tests;

public sealed class Generating_the_city
{
    private static string Temp() => Path.Combine(Path.GetTempPath(), $"seeds-{Guid.NewGuid():N}");

    [Fact]
    public void Two_runs_at_sample_scale_write_identical_bytes_and_match_the_committed_samples()
    {
        var (first, second) = (Temp(), Temp());
        try
        {
            var a = CityGenerator.Generate(first, Targets.Sample);
            var b = CityGenerator.Generate(second, Targets.Sample);

            Assert.Equal(a.Files, b.Files);
            foreach (var file in a.Files)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(first, file.Name)), File.ReadAllBytes(Path.Combine(second, file.Name)));
            }

            Assert.Equal(File.ReadAllText(Path.Combine(first, Manifest.FileName)), File.ReadAllText(Path.Combine(second, Manifest.FileName)));
            var committed = Manifest.Read(Path.Combine(RepositoryRoot.Path, "seeds", "samples"));
            Assert.Equal(committed.Files, a.Files);
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void Another_seed_gives_another_city()
    {
        var (first, second) = (Temp(), Temp());
        try
        {
            var a = CityGenerator.Generate(first, Targets.Sample);
            var b = CityGenerator.Generate(second, Targets.Sample, seed: 7);

            Assert.NotEqual(a.Files.Single(f => f.Name == "volunteers.csv").Sha256, b.Files.Single(f => f.Name == "volunteers.csv").Sha256);
            // The planned counts stay; donations are drawn until they pass the target, and activities' lengths and
            // participants are drawn, so those sums move with the seed.
            Assert.Equal(a.Figures with { DonationsFen = 0, CompoundCategories = 0, VolunteerServiceMinutes = 0, VolunteerPointsCredited = 0 },
                b.Figures with { DonationsFen = 0, CompoundCategories = 0, VolunteerServiceMinutes = 0, VolunteerPointsCredited = 0 });
            Assert.True(b.Figures.DonationsFen >= Targets.Sample.DonationsAtLeastFen);
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void Every_person_and_organisation_code_is_valid_and_synthetic()
    {
        var samples = Path.Combine(RepositoryRoot.Path, "seeds", "samples");
        var today = new DateOnly(2024, 6, 30);
        var volunteers = CsvRecords.Read(Path.Combine(samples, "volunteers.csv")).Records;
        var members = CsvRecords.Read(Path.Combine(samples, "party-members.csv")).Records;
        var ids = volunteers.Select(v => v["idNumber"]).Concat(members.Select(m => m["residentIdNumber"])).ToList();

        Assert.All(ids, id => Assert.Null(ResidentIdNumber.Problem(id, today)));
        Assert.All(ids, id => Assert.Matches("^51169[0-9]", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(volunteers.Select(v => v.Optional("phone")).OfType<string>(), phone => Assert.Matches("^19900[0-9]{6}$", phone));
        Assert.All(volunteers, v => Assert.InRange(Age(v["idNumber"], today), 16, 75));
        Assert.All(volunteers.Concat(members), p => Assert.InRange(p["name"].Length, 2, 4));
        var organisations = CsvRecords.Read(Path.Combine(samples, "social-organisations.csv")).Records;
        Assert.All(organisations.Select(o => o.Optional("creditCode")).OfType<string>(), code => Assert.True(Platform.Contracts.CreditCode.IsValid(code), code));
    }

    [Fact]
    public void Each_activity_s_participants_are_different_volunteers_of_its_community_with_its_minutes_and_points()
    {
        var samples = Path.Combine(RepositoryRoot.Path, "seeds", "samples");
        var communityOf = CsvRecords.Read(Path.Combine(samples, "volunteers.csv")).Records.ToDictionary(v => v["id"], v => v["communityCode"]);
        var activities = CsvRecords.Read(Path.Combine(samples, "activities.csv")).Records.ToDictionary(a => a["id"]);
        var participants = CsvRecords.Read(Path.Combine(samples, "activity-participants.csv")).Records;
        var manifest = Manifest.Read(samples);

        Assert.All(participants, p => Assert.Equal(activities[p["activityId"]]["communityCode"], communityOf[p["volunteerId"]]));
        Assert.All(participants, p => Assert.Equal((activities[p["activityId"]]["minutesEach"], activities[p["activityId"]]["pointsEach"]), (p["minutes"], p["points"])));
        Assert.Equal(participants.Count, participants.Select(p => (p["activityId"], p["volunteerId"])).Distinct().Count());
        Assert.All(participants.GroupBy(p => p["activityId"]), g => Assert.True(g.Count() <= int.Parse(activities[g.Key]["participants"], CultureInfo.InvariantCulture)));
        Assert.Equal(manifest.Figures.VolunteerServiceMinutes, participants.Sum(p => long.Parse(p["minutes"], CultureInfo.InvariantCulture)));
        Assert.Equal(manifest.Figures.VolunteerPointsCredited, participants.Sum(p => long.Parse(p["points"], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Names_are_synthetic_except_the_places_the_article_names()
    {
        var sources = CsvRecords.Read(Path.Combine(RepositoryRoot.Path, "seeds", "samples", "region-sources.csv")).Records;

        Assert.Equal(["大佛寺街道", "龙镇社区", "永前社区"], sources.Where(s => s["source"] == "article").Select(s => s["name"]));
        Assert.All(sources.Where(s => s["code"].Length > 6), s => Assert.NotEqual("GB/T 2260", s["source"]));
    }

    /// <summary>Full scale takes a few seconds, so the test generates it and compares with DOMAIN.md section 5 figure by figure.</summary>
    [Fact]
    public void At_full_scale_the_files_hold_every_figure_of_the_article()
    {
        var directory = Temp();
        try
        {
            var manifest = CityGenerator.Generate(directory, Targets.Full);
            var f = manifest.Figures;

            Assert.Equal(540_000, f.RegisteredVolunteers);
            Assert.Equal(2_641, f.VolunteerTeams);
            Assert.Equal(5_100, f.VolunteerActivities);
            Assert.Equal(1_136, f.DualReportedPartyMembers);
            Assert.Equal(1_604, f.GridAndCompoundBranches);
            Assert.Equal(80, f.PropertyCompanyBranches);
            Assert.Equal(226, f.OwnersAndPropertyCommittees);
            Assert.Equal((44, 6), (f.PilotCompounds, f.CompoundCategories));
            Assert.Equal((6, 37), (f.CountyGovernanceCentres, f.StreetDemonstrationCentres));
            Assert.Equal((1, 2_700, 7), (f.CityIncubationCentres, f.CityIncubationCentreSquareMetres, f.CountyIncubationCentres));
            Assert.Equal((10, 15, 19), (f.Graded5A, f.Graded4A, f.Graded3A));
            Assert.Equal(505, f.FiledCommunitySocialOrganisations);
            Assert.Equal(28, f.RedPairingProjects);
            Assert.Equal(34, f.CommunityCharityFunds);
            Assert.InRange(f.DonationsFen, 300_000_000, 400_000_000);
            Assert.Equal((19, 6), (f.CharitySupermarkets, f.LotteryOutlets));
            Assert.Equal(210_000, f.SixServicesPersonTimes);
            Assert.Equal((9, 127, 17, 40), (f.NewPartyServiceCentres, f.RenovatedCommunityCentres, f.NewCompoundStations, f.FeaturedCommunities));
            Assert.Equal(540_000, manifest.Files.Single(x => x.Name == "volunteers.csv").Rows);
            Assert.Equal(210_000, CsvRecords.Read(Path.Combine(directory, "service-records.csv")).Records.Sum(r => int.Parse(r["personTimes"], CultureInfo.InvariantCulture)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Some_communities_meet_1257N_and_the_others_fall_short_for_stated_reasons()
    {
        var manifest = Manifest.Read(Path.Combine(RepositoryRoot.Path, "seeds", "samples"));
        var c = manifest.Compliance;

        Assert.InRange(c.Meeting, 1, c.Communities - 1);
        Assert.Contains("511603001001", c.MeetingCommunities);
        var teams = CsvRecords.Read(Path.Combine(RepositoryRoot.Path, "seeds", "samples", "teams.csv")).Records
            .GroupBy(t => t["communityCode"]).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(c.MeetingCommunities, code => Assert.True(teams[code] >= 7));
        Assert.True(c.ShortOfTeams + c.ShortOfOrganisations + c.ShortOfRoom + c.ShortOfSocialWorkers + c.ShortOfCharityResources >= c.Communities - c.Meeting);
    }

    private static int Age(string id, DateOnly on)
    {
        var birth = DateOnly.ParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);
        return on.Year - birth.Year - (on < birth.AddYears(on.Year - birth.Year) ? 1 : 0);
    }
}
