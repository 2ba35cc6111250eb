namespace Platform.Contracts.Charity;

public enum DonorKind
{
    Merchant = 1,        // 商家
    Enterprise = 2,      // 企业
    StationedUnit = 3,   // 驻区单位
    Resident = 4,        // 居民
    Anonymous = 5,
}

public enum DonationKind
{
    Money = 1,
    Goods = 2,
}
