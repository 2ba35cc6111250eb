using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Platform.Seeds.Generator;
using Platform.Seeds.Generator.Output;

namespace Platform.Seeds.Seeder;

/// <summary>The files of one scale: the committed sample set, or the full set generated into the data folder when missing.</summary>
public sealed class SeedData(string directory, Manifest manifest)
{
    public string Directory { get; } = directory;
    public Manifest Manifest { get; } = manifest;

    public List<CsvRecord> Read(string file) => CsvRecords.Read(Path.Combine(Directory, file)).Records;

    public (string Header, List<CsvRecord> Records) ReadWithHeader(string file) => CsvRecords.Read(Path.Combine(Directory, file));

    public static SeedData Locate(SeedSettings settings, ILogger logger)
    {
        if (settings.Scale == "sample")
        {
            return new SeedData(settings.SamplesDirectory, Manifest.Read(settings.SamplesDirectory));
        }

        var directory = Path.Combine(settings.DataDirectory, settings.Scale);
        var targets = Targets.Of(settings.Scale);
        if (File.Exists(Path.Combine(directory, Manifest.FileName)) && Manifest.Read(directory) is { Generator: Manifest.Version, Seed: CityGenerator.DefaultSeed } existing)
        {
            logger.LogInformation("Seed files: {Directory} (generated before, {Bytes:N0} bytes)", directory, existing.Files.Sum(f => f.Bytes));
            return new SeedData(directory, existing);
        }

        var stopwatch = Stopwatch.StartNew();
        var manifest = CityGenerator.Generate(directory, targets);
        logger.LogInformation("Generated the {Scale} city into {Directory}: {Bytes:N0} bytes in {Seconds:F1} s",
            settings.Scale, directory, manifest.Files.Sum(f => f.Bytes), stopwatch.Elapsed.TotalSeconds);
        foreach (var file in manifest.Files)
        {
            logger.LogInformation("  {Sha256}  {File} ({Rows:N0} rows)", file.Sha256, file.Name, file.Rows);
        }

        return new SeedData(directory, manifest);
    }
}
