using System.Text;

namespace Platform.Imports.Tests;

/// <summary>Reads a CSV text through <see cref="CsvImport"/>, as an importer would.</summary>
internal static class Csv
{
    public static readonly ImportColumns NameAndAge = new(["name"], ["age"]);

    public static async Task<(List<ImportRow> Rows, Dictionary<string, string[]> Errors)> ReadAsync(
        string text, ImportColumns? columns = null, int maxRows = 1000, bool bom = false)
    {
        var bytes = (bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var errors = new ImportErrors();
        var rows = new List<ImportRow>();
        await foreach (var row in CsvImport.ReadAsync(new MemoryStream(bytes), columns ?? NameAndAge, maxRows, errors, TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return (rows, errors.ToDictionary());
    }

    public static async Task<(ImportRow Row, Dictionary<string, string[]> Errors)> OneRowAsync(string column, string value)
    {
        var errors = new ImportErrors();
        ImportRow? only = null;
        var text = $"{column}\n\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n";
        await foreach (var row in CsvImport.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), new([column]), 10, errors, TestContext.Current.CancellationToken))
        {
            only = row;
        }

        return (Assert.IsType<ImportRow>(only), errors.ToDictionary());
    }
}
