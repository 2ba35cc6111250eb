namespace Platform.Web.Features.Overview;

/// <summary>
/// Where a region sits, read from its statistical division code: 6 digits for the city (ending in 00) and a county,
/// 9 for a street, 12 for a community, 15 for a grid or compound.
/// </summary>
public static class RegionCodes
{
    private static readonly int[] Lengths = [6, 9, 12, 15];

    /// <summary>The codes from the city down to <paramref name="code"/>, itself included.</summary>
    public static IReadOnlyList<string> Ancestry(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length < 6)
        {
            return [code];
        }

        var city = code[..4] + "00";
        List<string> codes = [city];
        codes.AddRange(Lengths.Where(length => code.Length >= length).Select(length => code[..length]).Where(c => c != city));
        return codes;
    }

    /// <summary>The codes from <paramref name="top"/> (the user's own region) down to <paramref name="code"/>; just the code when it is not below it.</summary>
    public static IReadOnlyList<string> Trail(string code, string top)
    {
        var ancestry = Ancestry(code);
        var start = ancestry.ToList().IndexOf(top);
        return start < 0 ? [code] : [.. ancestry.Skip(start)];
    }
}
