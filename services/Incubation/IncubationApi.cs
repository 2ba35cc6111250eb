namespace Platform.Incubation;

public static class IncubationApi
{
    public const string ServiceName = "incubation";
    public const string Prefix = "/api/incubation";
}
