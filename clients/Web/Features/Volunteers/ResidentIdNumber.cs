using System.Globalization;

namespace Platform.Web.Features.Volunteers;

/// <summary>What is wrong with a typed resident ID number; the value names its message (<c>IdNumber.{value}</c>).</summary>
public enum IdNumberProblem
{
    Length,
    Format,
    BirthDate,
    CheckDigit,
}

/// <summary>
/// The 18-character resident ID number of GB 11643: six digits of the issuing region, the birth date as yyyyMMdd, a
/// three-digit sequence and a check character (ISO 7064 MOD 11-2, where 10 is written X).
/// </summary>
public static class ResidentIdNumber
{
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private const string CheckCharacters = "10X98765432";

    /// <summary>The problem of a typed number, or null when it is well formed and its check character matches.</summary>
    public static IdNumberProblem? Check(string? number)
    {
        var text = number?.Trim() ?? "";
        if (text.Length != Length)
        {
            return IdNumberProblem.Length;
        }

        if (!text[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(text[17]) || text[17] is 'X' or 'x'))
        {
            return IdNumberProblem.Format;
        }

        if (!DateOnly.TryParseExact(text[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
            || born.Year < 1900 || born > DateOnly.FromDateTime(DateTime.UtcNow))
        {
            return IdNumberProblem.BirthDate;
        }

        return char.ToUpperInvariant(text[17]) == CheckCharacterOf(text[..17]) ? null : IdNumberProblem.CheckDigit;
    }

    /// <summary>The check character of the first 17 digits.</summary>
    public static char CheckCharacterOf(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
