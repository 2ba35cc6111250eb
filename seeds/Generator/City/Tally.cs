namespace Platform.Seeds.Generator.City;

/// <summary>Figures counted while the files are written, so the manifest reports what the files hold.</summary>
public sealed class Tally
{
    private readonly Dictionary<string, long> _counts = [];

    public void Add(string figure, long n = 1) => _counts[figure] = Get(figure) + n;

    public long Get(string figure) => _counts.GetValueOrDefault(figure);

    public int Count(string figure) => checked((int)Get(figure));
}
