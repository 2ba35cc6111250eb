using System.Globalization;
using Platform.PersonalData;

namespace Platform.Reliability.Tests;

/// <summary>Valid, distinct resident ID numbers for the whole run: a series per scenario, a birth date per person in it.</summary>
public static class IdNumbers
{
    public static string For(int series, int person)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"511603{new DateOnly(1950, 1, 1).AddDays(person):yyyyMMdd}{series:000}");
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }
}
