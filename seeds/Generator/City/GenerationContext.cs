using Platform.Seeds.Generator.Output;

namespace Platform.Seeds.Generator.City;

/// <summary>What every part of the generation shares: the plan, the regions, the 1257N shares, the output and the tally.</summary>
public sealed class GenerationContext(string directory, int seed, Targets targets)
{
    public string Directory { get; } = directory;
    public int Seed { get; } = seed;
    public Targets Targets { get; } = targets;
    public CityRegions Regions { get; set; } = null!;
    public CommunityShares Shares { get; set; } = null!;
    public Tally Tally { get; } = new();
    public List<ManifestFile> Files { get; } = [];

    private readonly HashSet<string> _idNumbers = [];

    public SeedRandom Random(int part) => new(Seed, part);

    /// <summary>Residents of the city, drawing from <paramref name="part"/>'s stream, their ID numbers unique city-wide.</summary>
    public People People(SeedRandom random) => new(random, _idNumbers);

    public CsvFile Open(string name, params string[] header) => new(Directory, name, header);

    public void Done(CsvFile file) => Files.Add(file.Complete());

    /// <summary>A day between <paramref name="from"/> and <paramref name="to"/> (inclusive).</summary>
    public static DateOnly Day(SeedRandom random, DateOnly from, DateOnly to) => from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1));
}
