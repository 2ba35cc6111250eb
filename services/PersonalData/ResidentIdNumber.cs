namespace Platform.PersonalData;

/// <summary>The 18-character resident identity number of GB 11643: 17 digits and an ISO 7064 MOD 11-2 check character.</summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Upper-cases the check character so that "…x" and "…X" are the same number.</summary>
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    /// <summary>Why <paramref name="value"/> is not a resident ID number, or null when it is one.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "A resident ID number is required.";
        }

        var id = Normalize(value);
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
        {
            return "A resident ID number has 17 digits and a check character (digit or X).";
        }

        return id[17] == CheckCharacterOf(id) ? null : "The check character of this resident ID number is wrong.";
    }

    public static char CheckCharacterOf(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>"511602199001011234" → "5116**********1234".</summary>
    public static string Mask(string id) => id.Length < 8 ? new string('*', id.Length) : $"{id[..4]}{new string('*', id.Length - 8)}{id[^4..]}";
}
