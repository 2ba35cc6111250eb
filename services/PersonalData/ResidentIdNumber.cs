using System.Globalization;

namespace Platform.PersonalData;

/// <summary>The 18-character resident identity number of GB 11643: 6-digit region, 8-digit birth date, 3-digit sequence, check character.</summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>
    /// Why <paramref name="value"/> is not a valid number, or null when it is. What people type is normalised first
    /// (<see cref="Normalise"/>), so callers store <c>Normalise(value)</c>.
    /// </summary>
    public static string? Problem(string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value) || Normalise(value) is not { Length: 18 } id)
        {
            return "A resident ID number has 18 characters.";
        }

        if (!Digits.AllAscii(id.AsSpan(0, 17)) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
        {
            return "A resident ID number is 17 digits followed by a digit or X.";
        }

        if (!DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900 || birth > today)
        {
            return "The birth date in the resident ID number is not a plausible date.";
        }

        return CheckCharacter(id.AsSpan(0, 17)) == id[17] ? null : "The check digit of the resident ID number is wrong.";
    }

    /// <summary>Normalises what people type: surrounding spaces and a lower-case x, so "…x" and "…X" are the same number.</summary>
    public static string Normalise(string value) => value.Trim().ToUpperInvariant();

    /// <summary>The GB 11643 (ISO 7064 MOD 11-2) check character of the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>What a response or a log line may show: "511602199001011234" → "5116**********1234"; 8 characters or fewer show nothing.</summary>
    public static string Mask(string value) =>
        value.Length <= 8 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 4), new string('*', value.Length - 8), value.AsSpan(value.Length - 4));
}
