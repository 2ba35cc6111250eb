namespace Platform.ServiceDefaults.Http;

/// <summary>The page sizes of every list (docs/api.md, section 2), shared by the lists and their OpenAPI description.</summary>
public static class PagingLimits
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}
