namespace Platform.Seeds.Generator.City;

/// <summary>regions.csv (PartyBuilding's import format) and region-sources.csv (which names are real).</summary>
public static class RegionFiles
{
    public static void Write(GenerationContext context)
    {
        var regions = context.Regions;
        using var file = context.Open("regions.csv", "code", "name", "level", "parentCode", "category", "pilot", "propertyCompany", "committee");
        using var sources = context.Open("region-sources.csv", "code", "name", "source");
        void Region(string code, string name, string level, string? parent, string source, object? category = null, object? pilot = null,
            object? company = null, object? committee = null)
        {
            file.Row(code, name, level, parent, category, pilot, company, committee);
            sources.Row(code, name, source);
        }

        Region(Targets.CityCode, Targets.CityName, "City", null, "GB/T 2260");
        foreach (var county in regions.Counties)
        {
            Region(county.Code, county.Name, "County", Targets.CityCode, "GB/T 2260");
        }

        foreach (var street in regions.Streets)
        {
            Region(street.Code, street.Name, "Street", street.CountyCode, street.RealName ? "article" : "synthetic");
        }

        foreach (var community in regions.Communities)
        {
            Region(community.Code, community.Name, "Community", community.StreetCode, community.RealName ? "article" : "synthetic");
        }

        foreach (var site in regions.Sites)
        {
            if (site.IsCompound)
            {
                Region(site.Code, site.Name, "Compound", site.CommunityCode, "synthetic", site.Category, site.Pilot, site.PropertyCompany, site.Committee);
                context.Tally.Add("pilot", site.Pilot ? 1 : 0);
                context.Tally.Add("committees", site.Committee is null ? 0 : 1);
            }
            else
            {
                Region(site.Code, site.Name, "Grid", site.CommunityCode, "synthetic");
            }
        }

        context.Tally.Add("pilotCategories", regions.Sites.Where(s => s.Pilot).Select(s => s.Category).Distinct().Count());
        context.Done(file);
        context.Done(sources);
    }
}
