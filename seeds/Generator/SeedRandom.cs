namespace Platform.Seeds.Generator;

/// <summary>
/// The generator's only source of chance. Seeded <see cref="Random"/> keeps its sequence across .NET versions, and every
/// part of the city draws from its own stream (seed + part number), so adding draws to one file never shifts another.
/// </summary>
public sealed class SeedRandom(int seed, int part)
{
    private readonly Random _random = new(unchecked(seed * 7919 + part));

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>An index drawn with the given (unnormalised) weights.</summary>
    public int PickWeighted(IReadOnlyList<double> weights, double total)
    {
        var x = _random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    public List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> non-negative integers in proportion to random weights.</summary>
    public int[] Split(int total, int parts, double spread = 1.0)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => 1.0 + spread * _random.NextDouble() * 2).ToArray();
        var sum = weights.Sum();
        var shares = weights.Select(w => (int)Math.Floor(total * w / sum)).ToArray();
        for (var left = total - shares.Sum(); left > 0; left--)
        {
            shares[_random.Next(parts)]++;
        }

        return shares;
    }
}
