namespace Platform.Identity;

public static class IdentityApi
{
    public const string ServiceName = "identity";
    public const string Prefix = "/api/identity";
}
