using Platform.Contracts;

namespace Platform.Incubation.Tests;

/// <summary>Unified social credit codes made by the GB 32100 rule: 5 (civil affairs) 2 (private non-enterprise unit), the county, a random organisation code, the check character.</summary>
public static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static string Next()
    {
        var first17 = "52" + IncubationFixture.County + new string([.. Enumerable.Range(0, 9).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)])]);
        return first17 + CreditCode.CheckCharacter(first17);
    }

    /// <summary>The same code with another check character.</summary>
    public static string WithBadCheck(string code) => code[..17] + Alphabet[(Alphabet.IndexOf(code[17], StringComparison.Ordinal) + 1) % Alphabet.Length];
}
