using Platform.Imports;

namespace Platform.Seeds.Generator.Output;

/// <summary>
/// One record of a seed file: its fields by column name, and its line as <see cref="CsvFile"/> writes it (for passing
/// rows on to an import unchanged).
/// </summary>
public sealed class CsvRecord(ImportRow row)
{
    public string Line { get; } = CsvFile.Line(row.Header.Select(c => row[c]));

    /// <summary>The field, empty when it is; a column the file lacks is a mistake in the seeder and throws.</summary>
    public string this[string column] => Optional(column) ?? "";

    /// <summary>The field, or null when it is empty.</summary>
    public string? Optional(string column) =>
        row.Has(column) ? row[column] : throw new KeyNotFoundException($"The seed file has no column {column}.");
}

/// <summary>Reads the files <see cref="CsvFile"/> writes, through the platform's import reader.</summary>
public static class CsvRecords
{
    public static (string Header, List<CsvRecord> Records) Read(string path)
    {
        using var file = File.OpenRead(path);
        var errors = new ImportErrors();
        var rows = CsvImport.ReadAsync(file, new ImportColumns([]), int.MaxValue, errors).ToBlockingEnumerable().ToList();
        if (errors.Count > 0)
        {
            throw new InvalidDataException($"{path}: " + string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }

        // A file of a header alone has no row to name its columns: read them from the file's first line, as written.
        var header = rows.Count > 0 ? CsvFile.Line(rows[0].Header) : File.ReadLines(path).First().TrimStart('\uFEFF');
        return (header, rows.Select(r => new CsvRecord(r)).ToList());
    }
}
