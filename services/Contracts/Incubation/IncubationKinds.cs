namespace Platform.Contracts.Incubation;

/// <summary>The four kinds of social organisation the city incubates.</summary>
public enum OrganisationKind
{
    Hub = 1,                         // 枢纽型
    Platform = 2,                    // 平台型
    ProfessionalService = 3,         // 专业服务型
    CommunitySocialOrganisation = 4, // 社区社会组织
}

public enum ProjectKind
{
    PublicBenefitVenture = 1,  // 公益创投
    GovernmentPurchase = 2,    // 政府购买服务
    RedPairing = 3,            // 红色联姻
}

public enum SocialWorkerLevel
{
    Assistant = 1,     // 助理社会工作师
    Intermediate = 2,  // 社会工作师
    Senior = 3,        // 高级社会工作师
}

public enum CentreLevel
{
    City = 1,
    County = 2,
}
