using System.Globalization;
using Platform.PersonalData;

namespace Platform.Volunteers.Tests;

/// <summary>Valid, unique, synthetic resident ID numbers (region 511603, birth dates in 1960–1999).</summary>
public static class IdNumbers
{
    private static int _next = Random.Shared.Next(0, 1_000_000);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Issued = new();

    /// <summary>Every number handed out in this test run, for the scan that looks for unmasked numbers.</summary>
    public static ICollection<string> All => Issued.Keys;

    public static string Next()
    {
        var n = Interlocked.Increment(ref _next);
        var birth = new DateOnly(1960, 1, 1).AddDays(n / 1000 % 14_000);
        return For(birth, n % 1000);
    }

    public static string For(DateOnly birth, int sequence)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"511603{birth:yyyyMMdd}{sequence:D3}");
        var number = first17 + ResidentIdNumber.CheckCharacter(first17);
        Issued.TryAdd(number, true);
        return number;
    }

    /// <summary>The same number with a wrong check character.</summary>
    public static string WithBadCheckDigit(string valid) =>
        valid[..17] + (valid[17] == '0' ? '1' : '0');
}
