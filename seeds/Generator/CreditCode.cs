namespace Platform.Seeds.Generator;

/// <summary>
/// The unified social credit code of GB 32100-2015: registration department (5, civil affairs), organisation type,
/// 6-digit area code, 9-character organisation code (GB 11714, with its own check character) and a check character.
/// </summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A code for a civil-affairs registration of <paramref name="type"/> (1 social group, 2 private non-enterprise unit, 3 foundation).</summary>
    public static string Create(char type, string areaCode, int serial)
    {
        var body = $"MJ{serial:D6}";
        var organisation = body + OrganisationCheck(body);
        var first17 = $"5{type}{areaCode}{organisation}";
        return first17 + Check(first17);
    }

    public static char Check(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - sum % 31) % 31];
    }

    public static bool IsValid(string code) => code.Length == 18 && code.All(c => Alphabet.Contains(c)) && Check(code.AsSpan(0, 17)) == code[17];

    private static char OrganisationCheck(string first8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            sum += (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * OrganisationWeights[i];
        }

        return (11 - sum % 11) switch { 10 => 'X', 11 => '0', var v => (char)('0' + v) };
    }
}
