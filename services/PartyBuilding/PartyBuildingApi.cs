namespace Platform.PartyBuilding;

public static class PartyBuildingApi
{
    public const string ServiceName = "party";
    public const string Prefix = "/api/party";

    /// <summary>Configuration section of the service's own settings, e.g. <c>PartyBuilding:PersonalDataKey</c>.</summary>
    public const string ConfigurationSection = "PartyBuilding";

    /// <summary>What every list of the service takes (docs/api.md, section 2).</summary>
    public const string ListRules =
        "region: a region code, by default the caller's region; malformed 400, outside the caller's region 403, unknown 404, " +
        "each naming region. page from 1; pageSize 1 to 500, default 50.";

    /// <summary>What every list with dates takes besides.</summary>
    public const string DateRules = "from, to: days of the city (Asia/Shanghai, yyyy-MM-dd), both inclusive; from after to is 400 naming to.";
}
