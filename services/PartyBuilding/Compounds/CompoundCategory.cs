namespace Platform.PartyBuilding.Compounds;

/// <summary>The six categories of residential compound (小区类别).</summary>
public enum CompoundCategory
{
    /// <summary>商品房小区</summary>
    CommodityHousing = 1,

    /// <summary>老旧小区</summary>
    OldCompound = 2,

    /// <summary>安置小区</summary>
    Resettlement = 3,

    /// <summary>单位小区</summary>
    WorkUnit = 4,

    /// <summary>混合小区</summary>
    Mixed = 5,

    /// <summary>散居楼院</summary>
    ScatteredBuildings = 6,
}

/// <summary>The residents' committee of a compound: owners' committee 业委会 or property-management committee 物管委.</summary>
public enum CompoundCommittee
{
    None = 0,

    /// <summary>业主委员会 (业委会)</summary>
    OwnersCommittee = 1,

    /// <summary>物业管理委员会 (物管委)</summary>
    PropertyManagementCommittee = 2,
}

public static class CompoundKinds
{
    public const string CategoryDescription =
        "Category 小区类别: CommodityHousing 商品房小区, OldCompound 老旧小区, Resettlement 安置小区, WorkUnit 单位小区, " +
        "Mixed 混合小区, ScatteredBuildings 散居楼院.";

    public const string CommitteeDescription =
        "Committee: None 无, OwnersCommittee 业主委员会 (业委会), PropertyManagementCommittee 物业管理委员会 (物管委).";
}
