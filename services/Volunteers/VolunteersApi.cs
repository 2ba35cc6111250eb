namespace Platform.Volunteers;

public static class VolunteersApi
{
    public const string ServiceName = "volunteers";
    public const string Prefix = "/api/volunteers";
}
