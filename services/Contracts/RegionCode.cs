namespace Platform.Contracts;

/// <summary>
/// Statistical division codes (GB/T 2260 and its extensions): 6 digits for a city or county, 9 for a street,
/// 12 for a community, 15 for a grid or compound. A city's code ends in "00" and its counties share its first four
/// digits, so every subtree is the set of codes that start with its root's <see cref="SubtreePrefix"/>.
/// </summary>
public static class RegionCode
{
    public static int LengthOf(RegionLevel level) => level switch
    {
        RegionLevel.City or RegionLevel.County => 6,
        RegionLevel.Street => 9,
        RegionLevel.Community => 12,
        RegionLevel.Grid or RegionLevel.Compound => 15,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static RegionLevel? ParentLevelOf(RegionLevel level) => level switch
    {
        RegionLevel.City => null,
        RegionLevel.County => RegionLevel.City,
        RegionLevel.Street => RegionLevel.County,
        RegionLevel.Community => RegionLevel.Street,
        RegionLevel.Grid or RegionLevel.Compound => RegionLevel.Community,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static string SubtreePrefix(string code, RegionLevel level) =>
        level == RegionLevel.City ? code[..4] : code;

    public static bool IsDigits(string? code) => !string.IsNullOrEmpty(code) && code.All(char.IsAsciiDigit);

    /// <summary>Why <paramref name="code"/> cannot be a region of <paramref name="level"/>, or null when it can.</summary>
    public static string? Problem(string? code, RegionLevel level)
    {
        if (!IsDigits(code))
        {
            return "A region code is made of digits only.";
        }

        if (code!.Length != LengthOf(level))
        {
            return $"A {level.ToString().ToLowerInvariant()} code has {LengthOf(level)} digits.";
        }

        return level switch
        {
            RegionLevel.City when !code.EndsWith("00", StringComparison.Ordinal) => "A city code ends in 00.",
            RegionLevel.County when code.EndsWith("00", StringComparison.Ordinal) => "A county code does not end in 00.",
            _ => null,
        };
    }

    /// <summary>True when <paramref name="code"/> lies in the subtree rooted at <paramref name="scope"/> (or is it).</summary>
    public static bool IsWithin(string code, string scope, RegionLevel scopeLevel) =>
        code.StartsWith(SubtreePrefix(scope, scopeLevel), StringComparison.Ordinal);

    /// <summary>The level a code denotes by its shape alone: 6 digits ending in 00 a city, other 6 a county, then 9, 12, 15.</summary>
    public static RegionLevel? LevelOf(string? code) => !IsDigits(code) ? null : code!.Length switch
    {
        6 => code.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.City : RegionLevel.County,
        9 => RegionLevel.Street,
        12 => RegionLevel.Community,
        15 => RegionLevel.Grid,
        _ => null,
    };

    /// <summary>True when <paramref name="code"/> lies in the subtree rooted at <paramref name="scope"/>, the scope's level read from its code.</summary>
    public static bool IsWithin(string code, string scope) =>
        LevelOf(scope) is { } level && IsWithin(code, scope, level);
}
