using Platform.PartyBuilding.Regions.Import;

namespace Platform.PartyBuilding.Tests;

/// <summary>
/// Guang'an 广安市 with its six county-level units (real GB/T 2260 codes) and, below them, synthetic streets,
/// communities, grids and compounds (marked 合成), except 大佛寺街道 of 前锋区, which the source article names.
/// Community codes end in 011 and 012 so that tests can register others.
/// </summary>
public static class GuanganHierarchy
{
    public static readonly (string Code, string Name)[] Counties =
    [
        ("511602", "广安区"), ("511603", "前锋区"), ("511621", "岳池县"), ("511622", "武胜县"), ("511623", "邻水县"), ("511681", "华蓥市"),
    ];

    private static readonly string[] Categories = ["CommodityHousing", "OldCompound", "Resettlement", "WorkUnit", "Mixed", "ScatteredBuildings"];
    private static readonly string[] Committees = ["None", "OwnersCommittee", "PropertyManagementCommittee"];

    public static List<ImportRow> Rows()
    {
        var rows = new List<ImportRow> { new("511600", "广安市", "City", null) };
        var compound = 0;
        foreach (var (county, countyName) in Counties)
        {
            rows.Add(new ImportRow(county, countyName, "County", "511600"));
            foreach (var s in new[] { "001", "002" })
            {
                var street = county + s;
                rows.Add(new ImportRow(street, street == "511603001" ? "大佛寺街道" : $"{countyName}第{s}街道(合成)", "Street", county));
                foreach (var c in new[] { "011", "012" })
                {
                    var community = street + c;
                    rows.Add(new ImportRow(community, $"{community}社区(合成)", "Community", street));
                    rows.Add(new ImportRow(community + "001", "第一网格(合成)", "Grid", community));
                    rows.Add(new ImportRow(community + "002", "第二网格(合成)", "Grid", community));
                    foreach (var k in new[] { "101", "102" })
                    {
                        rows.Add(new ImportRow(community + k, $"{k}小区(合成)", "Compound", community, Categories[compound % 6],
                            compound % 3 == 0, $"物业公司{compound}(合成)", Committees[compound % 3]));
                        compound++;
                    }
                }
            }
        }

        return rows;
    }
}
