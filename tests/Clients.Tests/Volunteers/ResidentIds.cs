using System.Globalization;
using System.Security.Cryptography;

namespace Platform.Clients.Tests.Volunteers;

/// <summary>
/// Resident ID numbers for tests (GB 11643): a 前锋区 region code, an adult's birth date, a random sequence and the
/// check character that makes the number valid, so that each run registers someone new.
/// </summary>
public static class ResidentIds
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string NewAdult()
    {
        var born = new DateOnly(1960, 1, 1).AddDays(RandomNumberGenerator.GetInt32(365 * 40));
        var first17 = "511603" + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + RandomNumberGenerator.GetInt32(1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + CheckCharacterOf(first17);
    }

    /// <summary>The same number with a check character that does not match.</summary>
    public static string WithWrongCheckCharacter(string number)
    {
        var wrong = number[17] == '0' ? '1' : '0';
        return number[..17] + wrong;
    }

    public static char CheckCharacterOf(string first17) => "10X98765432"[first17.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];

    public static string NewPhone() => "139" + RandomNumberGenerator.GetInt32(100_000_000).ToString("D8", CultureInfo.InvariantCulture);
}
