namespace Platform.PartyBuilding.Organisations;

/// <summary>Kinds of party organisation (党组织类别).</summary>
public enum PartyOrganisationKind
{
    /// <summary>社区党委, at a community.</summary>
    CommunityPartyCommittee = 1,

    /// <summary>网格党支部, at a grid, under its community's party committee.</summary>
    GridBranch = 2,

    /// <summary>小区党支部, at a compound, under its community's party committee.</summary>
    CompoundBranch = 3,

    /// <summary>物业企业党支部, under its county's property-industry comprehensive committee.</summary>
    PropertyCompanyBranch = 4,

    /// <summary>物业行业综合党委, one per county.</summary>
    PropertyIndustryCommittee = 5,

    /// <summary>社会组织党支部, at a community, under its party committee.</summary>
    SocialOrganisationBranch = 6,
}

public static class PartyOrganisationKinds
{
    public const string Description =
        "Kinds 党组织类别: CommunityPartyCommittee 社区党委 (at a community, no parent); GridBranch 网格党支部 (at a grid, under its " +
        "community's party committee); CompoundBranch 小区党支部 (at a compound, under its community's party committee); " +
        "PropertyIndustryCommittee 物业行业综合党委 (one per county, no parent); PropertyCompanyBranch 物业企业党支部 (at a " +
        "community or compound, under its county's property-industry committee); SocialOrganisationBranch 社会组织党支部 (at a " +
        "community, under its party committee).";
}
