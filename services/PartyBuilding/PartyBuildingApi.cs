namespace Platform.PartyBuilding;

public static class PartyBuildingApi
{
    public const string ServiceName = "party";
    public const string Prefix = "/api/party";
}
