namespace Platform.Seeds.Generator;

/// <summary>
/// Makes unified social credit codes of GB 32100-2015 (checked by <see cref="Contracts.CreditCode"/>): registration
/// department (5, civil affairs), organisation type, 6-digit area code, 9-character organisation code (GB 11714, with
/// its own check character) and the check character.
/// </summary>
public static class CreditCodes
{
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A code for a civil-affairs registration of <paramref name="type"/> (1 social group, 2 private non-enterprise unit, 3 foundation).</summary>
    public static string Create(char type, string areaCode, int serial)
    {
        var body = $"MJ{serial:D6}";
        var organisation = body + OrganisationCheck(body);
        var first17 = $"5{type}{areaCode}{organisation}";
        return first17 + Contracts.CreditCode.CheckCharacter(first17);
    }

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
