using Platform.Seeds.Generator.Names;

namespace Platform.Seeds.Generator.City;

/// <summary>
/// Party organisations (keyed, parents by key), dual-reporting party members, governance centres, legal advisers and
/// the community facilities the article counts. Keys: committee:{community}, industry:{county}, branch:{site},
/// property:{compound}, social:{community}:{n}, member:{n}.
/// </summary>
public static class PartyFiles
{
    private static readonly DateOnly From = new(2021, 3, 1);
    private static readonly DateOnly To = new(2024, 5, 31);

    public static void Write(GenerationContext context)
    {
        var random = context.Random(20);
        var people = context.People(random);
        var regions = context.Regions;
        var targets = context.Targets;
        var day = () => GenerationContext.Day(random, From, To);

        using var organisations = context.Open("party-organisations.csv",
            "key", "id", "name", "kind", "regionCode", "parentKey", "parentId", "secretary", "foundedOn");
        var ids = new Dictionary<string, Guid>();
        // Parents are written before their children, so a child's parent id is always known.
        void Organisation(string key, string name, string kind, string regionCode, string? parentKey)
        {
            var id = ids[key] = SeedIds.Of(SeedIds.PartyOrganisation, ids.Count + 1);
            organisations.Row(key, id, name, kind, regionCode, parentKey, parentKey is null ? null : ids[parentKey], people.Name(), day());
        }

        foreach (var community in regions.Communities)
        {
            Organisation($"committee:{community.Code}", $"{community.Name}党委", "CommunityPartyCommittee", community.Code, null);
        }

        foreach (var county in regions.Counties)
        {
            Organisation($"industry:{county.Code}", $"{county.Name}物业行业综合党委", "PropertyIndustryCommittee", county.Code, null);
        }

        var branchSites = random.Shuffled(regions.Sites).Take(targets.GridAndCompoundBranches).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        if (branchSites.Count < targets.GridAndCompoundBranches)
        {
            throw new InvalidOperationException("Too few grids and compounds for the branches.");
        }

        foreach (var site in branchSites)
        {
            var community = regions.Community(site.CommunityCode);
            Organisation($"branch:{site.Code}", $"{community.Name}{site.Name}党支部", site.IsCompound ? "CompoundBranch" : "GridBranch",
                site.Code, $"committee:{site.CommunityCode}");
            context.Tally.Add("branches");
        }

        var managed = random.Shuffled(regions.Sites.Where(s => s.PropertyCompany is not null)).Take(targets.PropertyCompanyBranches)
            .OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        foreach (var compound in managed)
        {
            Organisation($"property:{compound.Code}", $"{compound.PropertyCompany}{compound.Name}党支部", "PropertyCompanyBranch",
                compound.Code, $"industry:{compound.CommunityCode[..6]}");
            context.Tally.Add("propertyBranches");
        }

        // Social organisations' party branches: the employers of the members who report to communities (双报到).
        var socialBranches = new List<string>();
        var socialCount = Math.Max(2, targets.DualReportedMembers / 20);
        foreach (var community in random.Shuffled(regions.Communities).Take(socialCount).OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            var key = $"social:{community.Code}:1";
            Organisation(key, $"{community.Name}{new PlaceNames(random).Word()}社会工作服务中心党支部", "SocialOrganisationBranch",
                community.Code, $"committee:{community.Code}");
            socialBranches.Add(key);
        }

        context.Done(organisations);
        WriteMembers(context, people, socialBranches, random);
        WriteGovernance(context, people, random);
    }

    private static void WriteMembers(GenerationContext context, People people, List<string> socialBranches, SeedRandom random)
    {
        using var members = context.Open("party-members.csv", "key", "name", "residentIdNumber", "phone", "organisationKey", "reportedTo", "reportedOn");
        var communities = context.Regions.Communities;
        // Lists show a member's ID number masked to its last four characters: name and those stay unique, so a re-run can tell who exists.
        var shown = new HashSet<string>();
        for (var n = 1; n <= context.Targets.DualReportedMembers; n++)
        {
            Person person;
            do
            {
                person = people.Next(23, 70, phoneChance: 0.9);
            }
            while (!shown.Add(person.Name + person.IdNumber[^4..]));

            members.Row($"member:{n}", person.Name, person.IdNumber, person.Phone, random.Pick(socialBranches),
                random.Pick(communities).Code, GenerationContext.Day(random, new DateOnly(2022, 1, 1), To));
            context.Tally.Add("dualReported");
        }

        context.Done(members);
    }

    private static void WriteGovernance(GenerationContext context, People people, SeedRandom random)
    {
        var regions = context.Regions;
        using var centres = context.Open("governance-centres.csv", "regionCode", "name", "demonstration");
        foreach (var county in regions.Counties.Take(context.Targets.CountyGovernanceCentres))
        {
            centres.Row(county.Code, $"{county.Name}综治中心", false);
            context.Tally.Add("countyCentres");
        }

        foreach (var street in random.Shuffled(regions.Streets).Take(context.Targets.StreetDemonstrationCentres).OrderBy(s => s.Code, StringComparer.Ordinal))
        {
            centres.Row(street.Code, $"{street.Name}示范综治中心", true);
            context.Tally.Add("streetCentres");
        }

        context.Done(centres);

        using var advisers = context.Open("legal-advisers.csv", "communityCode", "name", "lawFirm", "phone");
        var names = new PlaceNames(random);
        foreach (var community in regions.Communities)
        {
            var adviser = people.Next(28, 60, phoneChance: 1);
            advisers.Row(community.Code, adviser.Name, names.LawFirm(), adviser.Phone);
        }

        context.Done(advisers);

        using var facilities = context.Open("community-facilities.csv", "regionCode", "facility");
        var targets = context.Targets;
        var shuffled = random.Shuffled(regions.Communities.Select(c => c.Code));
        void Mark(IEnumerable<string> codes, string facility, string figure)
        {
            foreach (var code in codes.Order(StringComparer.Ordinal))
            {
                facilities.Row(code, facility);
                context.Tally.Add(figure);
            }
        }

        Mark(shuffled.Take(targets.NewPartyServiceCentres), "NewPartyServiceCentre", "newCentres");
        Mark(shuffled.Skip(targets.NewPartyServiceCentres).Take(targets.RenovatedCommunityCentres), "RenovatedCommunityCentre", "renovated");
        Mark(random.Shuffled(regions.Sites.Where(s => s.IsCompound).Select(s => s.Code)).Take(targets.NewCompoundStations), "NewCompoundStation", "stations");
        // The featured 五社联动 communities are the ones that meet 1257N.
        Mark(context.Shares.Meeting.Take(targets.FeaturedCommunities), "FeaturedCommunity", "featured");
        context.Done(facilities);
    }
}
