using System.Globalization;
using Platform.PersonalData;
using Platform.Seeds.Generator.Names;

namespace Platform.Seeds.Generator.City;

public sealed record Person(string Name, string IdNumber, string? Phone, bool Male, DateOnly Birth);

/// <summary>
/// Synthetic residents. ID numbers follow GB 11643 (valid check character) but use area codes 511690–511699, which
/// GB/T 2260 does not assign, so no generated number can be a real person's. Phones come from the dataset's test block
/// 199-00xx-xxxx (mainland China reserves no fictional mobile range; the block is the dataset's convention, never
/// dialled). Birth dates are plausible for the role (volunteers 16–75 on the reference date).
/// </summary>
/// <param name="idNumbers">The ID numbers already given in the city: one set for the whole generation, so that a party
/// member is never a volunteer's namesake by number (dual reporting would take them for the same person).</param>
public sealed class People(SeedRandom random, HashSet<string> idNumbers)
{
    /// <summary>Ages are counted on this day, so that output never depends on when the generator runs.</summary>
    public static readonly DateOnly ReferenceDate = new(2024, 6, 30);

    private readonly PersonNames _names = new(random);

    public Person Next(int minAge, int maxAge, double phoneChance = 0.7)
    {
        var male = random.Chance(0.48);
        // Ages cluster in the middle of the range (sum of two draws), as registers of active residents do.
        var age = minAge + (random.Next(0, maxAge - minAge + 1) + random.Next(0, maxAge - minAge + 1)) / 2;
        var birth = ReferenceDate.AddYears(-age).AddDays(-random.Next(0, 365));
        string id;
        do
        {
            var sequence = random.Next(0, 500) * 2 + (male ? 1 : 0);
            var first17 = string.Create(CultureInfo.InvariantCulture, $"51169{random.Next(0, 10)}{birth:yyyyMMdd}{sequence:D3}");
            id = first17 + ResidentIdNumber.CheckCharacter(first17);
        }
        while (!idNumbers.Add(id));

        var phone = random.Chance(phoneChance) ? string.Create(CultureInfo.InvariantCulture, $"19900{random.Next(0, 1_000_000):D6}") : null;
        return new Person(_names.Next(male, birth.Year), id, phone, male, birth);
    }

    public string Name() => _names.Next(random.Chance(0.5), 1960 + random.Next(0, 40));
}
