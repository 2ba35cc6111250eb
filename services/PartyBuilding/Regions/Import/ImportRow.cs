namespace Platform.PartyBuilding.Regions.Import;

/// <summary>One region of a bulk import; a compound's row also carries its profile.</summary>
/// <param name="Level">City, County, Street, Community, Grid or Compound.</param>
/// <param name="Category">Compounds only: CommodityHousing 商品房小区, OldCompound 老旧小区, Resettlement 安置小区, WorkUnit 单位小区, Mixed 混合小区, ScatteredBuildings 散居楼院.</param>
/// <param name="Pilot">Compounds only: a pilot compound 试点示范小区.</param>
/// <param name="Committee">Compounds only: None, OwnersCommittee 业委会 or PropertyManagementCommittee 物管委.</param>
public sealed record ImportRow(
    string? Code,
    string? Name,
    string? Level,
    string? ParentCode,
    string? Category = null,
    bool? Pilot = null,
    string? PropertyCompany = null,
    string? Committee = null);

public sealed record ImportResult(int Imported, Dictionary<Contracts.RegionLevel, int> ByLevel, int Compounds);
