using System.Diagnostics;
using System.Globalization;
using Platform.Seeds.Generator;

// seeds/Generator [--seed N] [--scale full|sample] [--out DIR]: writes the city's CSV files and manifest.json into DIR.
var options = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--seed"] = CityGenerator.DefaultSeed.ToString(CultureInfo.InvariantCulture), ["--scale"] = "full", ["--out"] = "seeds/.data/full",
};
for (var i = 0; i + 1 < args.Length; i += 2)
{
    if (!options.ContainsKey(args[i]))
    {
        Console.Error.WriteLine("usage: Generator [--seed N] [--scale full|sample] [--out DIR]");
        return 2;
    }

    options[args[i]] = args[i + 1];
}

var stopwatch = Stopwatch.StartNew();
var manifest = CityGenerator.Generate(options["--out"], Targets.Of(options["--scale"]), int.Parse(options["--seed"], CultureInfo.InvariantCulture));
foreach (var file in manifest.Files)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.Sha256}  {file.Name}  ({file.Rows:N0} rows, {file.Bytes:N0} bytes)"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{manifest.Scale} city, seed {manifest.Seed}: {manifest.Files.Sum(f => f.Bytes):N0} bytes in {stopwatch.Elapsed.TotalSeconds:F1} s; 1257N met by {manifest.Compliance.Meeting} of {manifest.Compliance.Communities} communities."));
return 0;
