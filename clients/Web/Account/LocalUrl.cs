namespace Platform.Web.Account;

/// <summary>Where the console may send the browser back to: its own paths only, never another site.</summary>
public static class LocalUrl
{
    public static string OrRoot(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
