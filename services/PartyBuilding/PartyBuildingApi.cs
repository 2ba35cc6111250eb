namespace Platform.PartyBuilding;

public static class PartyBuildingApi
{
    public const string ServiceName = "party";
    public const string Prefix = "/api/party";

    /// <summary>Configuration section of the service's own settings, e.g. <c>PartyBuilding:PersonalDataKey</c>.</summary>
    public const string ConfigurationSection = "PartyBuilding";
}
