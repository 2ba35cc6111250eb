using Platform.Seeds.Generator.City;
using Platform.Seeds.Generator.Output;

namespace Platform.Seeds.Generator;

/// <summary>Generates the whole city into a directory and writes its manifest. Same seed and scale, same bytes.</summary>
public static class CityGenerator
{
    public const int DefaultSeed = 20_231_116;

    public static Manifest Generate(string directory, Targets targets, int seed = DefaultSeed)
    {
        Directory.CreateDirectory(directory);
        var context = new GenerationContext(directory, seed, targets);
        context.Regions = RegionBuilder.Build(targets, context.Random(1));
        context.Shares = ShareBuilder.Build(targets, context.Regions, context.Random(2));
        RegionFiles.Write(context);
        PartyFiles.Write(context);
        VolunteerFiles.Write(context);
        IncubationFiles.Write(context);
        CharityFiles.Write(context);
        ReportingFiles.Write(context);
        var manifest = new Manifest(Manifest.Version, seed, targets.Scale, context.Files, Figures(context), Compliance(context));
        manifest.Write(directory);
        return manifest;
    }

    private static CityFigures Figures(GenerationContext context)
    {
        var t = context.Tally;
        return new CityFigures(
            RegisteredVolunteers: t.Count("volunteers"),
            VolunteerTeams: t.Count("teams"),
            VolunteerActivities: t.Count("activities"),
            DualReportedPartyMembers: t.Count("dualReported"),
            GridAndCompoundBranches: t.Count("branches"),
            PropertyCompanyBranches: t.Count("propertyBranches"),
            OwnersAndPropertyCommittees: t.Count("committees"),
            PilotCompounds: t.Count("pilot"),
            CompoundCategories: context.Regions.Sites.Where(s => s.IsCompound).Select(s => s.Category).Distinct().Count(),
            CountyGovernanceCentres: t.Count("countyCentres"),
            StreetDemonstrationCentres: t.Count("streetCentres"),
            CityIncubationCentres: t.Count("cityCentres"),
            CityIncubationCentreSquareMetres: Targets.CityIncubationCentreSquareMetres,
            CountyIncubationCentres: t.Count("countyCentres7"),
            Graded5A: t.Count("grade5"),
            Graded4A: t.Count("grade4"),
            Graded3A: t.Count("grade3"),
            FiledCommunitySocialOrganisations: t.Count("filed"),
            RedPairingProjects: t.Count("redPairing"),
            CommunityCharityFunds: t.Count("funds"),
            DonationsFen: t.Get("donationsFen"),
            CharitySupermarkets: t.Count("supermarkets"),
            LotteryOutlets: t.Count("outlets"),
            SixServicesPersonTimes: t.Count("personTimes"),
            NewPartyServiceCentres: t.Count("newCentres"),
            RenovatedCommunityCentres: t.Count("renovated"),
            NewCompoundStations: t.Count("stations"),
            FeaturedCommunities: t.Count("featured"),
            VolunteerServiceMinutes: t.Get("serviceMinutes"),
            VolunteerPointsCredited: t.Get("pointsCredited"));
    }

    /// <summary>1257N from the shares the files were written from: room, ≥2 social workers, ≥5 filed organisations, ≥7 teams, ≥1 charity resource.</summary>
    private static Compliance1257N Compliance(GenerationContext context)
    {
        var s = context.Shares;
        var resources = s.FundCommunities.Concat(s.SupermarketCommunities).Concat(s.OutletCommunities).ToHashSet();
        var codes = context.Regions.Communities.Select(c => c.Code).ToList();
        bool Room(string c) => s.Rooms.Contains(c);
        bool Workers(string c) => Room(c) && s.SocialWorkers[c] >= 2;
        bool Organisations(string c) => s.FiledOrganisations[c] >= 5;
        bool Teams(string c) => s.Teams[c] >= 7;
        bool Charity(string c) => resources.Contains(c);
        var meeting = codes.Where(c => Room(c) && Workers(c) && Organisations(c) && Teams(c) && Charity(c)).ToList();
        return new Compliance1257N(codes.Count, meeting.Count,
            codes.Count(c => !Room(c)), codes.Count(c => !Workers(c)), codes.Count(c => !Organisations(c)), codes.Count(c => !Teams(c)),
            codes.Count(c => !Charity(c)), meeting);
    }
}
