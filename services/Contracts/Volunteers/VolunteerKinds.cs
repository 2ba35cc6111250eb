namespace Platform.Contracts.Volunteers;

/// <summary>The five colours (五彩) a volunteer team serves under.</summary>
public enum TeamColour
{
    PioneerRed = 1,      // 先锋红
    VitalityOrange = 2,  // 活力橙
    SafetyBlue = 3,      // 平安蓝
    EcologyGreen = 4,    // 生态绿
    GuardianWhite = 5,   // 卫士白
}

public enum ActivityCategory
{
    SecurityPatrol = 1,          // 治安巡逻
    DisputeMediation = 2,        // 纠纷调解
    HardshipRelief = 3,          // 困难救助
    EntrepreneurshipEmployment = 4, // 创业就业
    ElderlyDisabledCare = 5,     // 养老助残
    ChildCare = 6,               // 儿童关爱
    PovertyRelief = 7,           // 扶贫济困
    SocialAssistance = 8,        // 社会救助
    Other = 99,
}
