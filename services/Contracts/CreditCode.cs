namespace Platform.Contracts;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet
/// without I, O, Z, S and V; the last is a check character over the first 17.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static string Normalise(string code) => code.Trim().ToUpperInvariant();

    /// <summary>The check character for the first 17 characters, or null when one is outside the alphabet.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Why <paramref name="code"/> (normalised) is not a valid credit code, or null when it is.</summary>
    public static string? Problem(string code)
    {
        if (code.Length != Length)
        {
            return "A unified social credit code has 18 characters.";
        }

        if (code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return "A unified social credit code uses digits and capital letters other than I, O, Z, S and V.";
        }

        return CheckCharacter(code.AsSpan(0, 17)) == code[17] ? null : "The check character (the 18th) does not match the code.";
    }

    public static bool IsValid(string code) => Problem(code) is null;
}
