using Platform.Seeds.Generator.Names;

namespace Platform.Seeds.Generator.City;

/// <summary>
/// Streets, communities, grids and compounds under the six real counties. Names are synthetic except those the
/// article gives: 前锋区大佛寺街道 (511603001) with 龙镇社区 (…001) and 永前社区 (…002; the article names the district,
/// the street is the dataset's assumption).
/// </summary>
public static class RegionBuilder
{
    public const string RealStreet = "511603001";
    public const string LongzhenCommunity = "511603001001";
    public const string YongqianCommunity = "511603001002";

    public static readonly string[] Categories = ["CommodityHousing", "OldCompound", "Resettlement", "WorkUnit", "Mixed", "ScatteredBuildings"];
    private static readonly double[] CategoryWeights = [34, 26, 12, 10, 10, 8];

    public static CityRegions Build(Targets targets, SeedRandom random)
    {
        var names = new PlaceNames(random);
        var streets = new List<Street>();
        var communities = new List<Community>();
        var sites = new List<Site>();
        foreach (var county in targets.Counties)
        {
            var streetNames = new HashSet<string> { "大佛寺街道" };
            for (var s = 1; s <= county.Streets; s++)
            {
                var code = $"{county.Code}{s:D3}";
                var real = code == RealStreet;
                // Districts have streets (街道); counties and the county-level city are mostly towns (镇).
                var suffix = county.Code is "511602" or "511603" || s <= 3 ? "街道" : "镇";
                var street = new Street(code, real ? "大佛寺街道" : names.Unique(streetNames, suffix), county.Code, real);
                streets.Add(street);
                var communityNames = new HashSet<string> { "龙镇社区", "永前社区" };
                var count = random.Next(targets.CommunitiesPerStreetMin, targets.CommunitiesPerStreetMax + 1);
                for (var c = 1; c <= count; c++)
                {
                    var communityCode = $"{code}{c:D3}";
                    var realName = communityCode switch { LongzhenCommunity => "龙镇社区", YongqianCommunity => "永前社区", _ => null };
                    communities.Add(new Community(communityCode, realName ?? names.Unique(communityNames, "社区"), code, county.Code, realName is not null));
                }
            }
        }

        foreach (var community in communities)
        {
            var grids = random.Next(1, 5);
            for (var g = 1; g <= grids; g++)
            {
                sites.Add(new Site($"{community.Code}{g:D3}", $"第{g}网格", community.Code, null, false, null, null));
            }

            var compoundNames = new HashSet<string>();
            var compounds = random.Next(0, 4);
            for (var k = 1; k <= compounds; k++)
            {
                var category = Categories[random.PickWeighted(CategoryWeights, CategoryWeights.Sum())];
                var managed = category is "CommodityHousing" or "Resettlement" or "Mixed" || random.Chance(0.3);
                sites.Add(new Site($"{community.Code}{500 + k:D3}", names.Compound(compoundNames), community.Code, category, false,
                    managed ? names.Company("物业服务") : null, null));
            }
        }

        return new CityRegions
        {
            Counties = targets.Counties, Streets = streets, Communities = communities,
            Sites = MarkPilotsAndCommittees(sites, targets, random),
        };
    }

    /// <summary>Pilots spread over all six categories first; committees: 业委会 where a property company manages, else 物管委.</summary>
    private static List<Site> MarkPilotsAndCommittees(List<Site> sites, Targets targets, SeedRandom random)
    {
        var compounds = random.Shuffled(sites.Where(s => s.IsCompound).Select(s => s.Code));
        var pilots = new HashSet<string>();
        foreach (var category in Categories.Take(targets.PilotCompounds))
        {
            pilots.UnionWith(compounds.Where(c => sites.First(s => s.Code == c).Category == category).Take(1));
        }

        pilots.UnionWith(compounds.Where(c => !pilots.Contains(c)).Take(targets.PilotCompounds - pilots.Count));
        var committees = compounds.Take(targets.Committees).ToHashSet();
        if (pilots.Count != targets.PilotCompounds || committees.Count != targets.Committees)
        {
            throw new InvalidOperationException($"The {targets.Scale} city has too few compounds for its pilots and committees.");
        }

        return sites.Select(s => s with
        {
            Pilot = pilots.Contains(s.Code),
            Committee = committees.Contains(s.Code) ? (s.PropertyCompany is null ? "PropertyManagementCommittee" : "OwnersCommittee") : null,
        }).ToList();
    }
}
