namespace Platform.Charity;

public static class CharityApi
{
    public const string ServiceName = "charity";
    public const string Prefix = "/api/charity";
}
