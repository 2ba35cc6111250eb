namespace Platform.Web.Features.Volunteers;

/// <summary>Region codes by their length: a community's code has 12 digits (511603001001).</summary>
public static class RegionCodes
{
    public const int CommunityLength = 12;

    /// <summary>The user's own community, to start a form with; none above community level.</summary>
    public static string? CommunityOf(string? region) => region is { Length: CommunityLength } ? region : null;

    /// <summary>Skills as typed, one list: separated by commas, enumeration commas or semicolons.</summary>
    public static List<string> Skills(string? typed) =>
        [.. (typed ?? "").Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
