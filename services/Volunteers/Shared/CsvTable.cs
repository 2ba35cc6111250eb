using System.Text;
using Platform.ServiceDefaults.Http;

namespace Platform.Volunteers.Shared;

/// <summary>One data line of an import: its line number (the header is line 1) and its fields by column name.</summary>
public sealed class CsvTableRow(int row, IReadOnlyDictionary<string, int> columns, List<string> fields)
{
    public int Row { get; } = row;

    /// <summary>The trimmed field, or null when the column is absent or the field empty.</summary>
    public string? this[string column] => columns.TryGetValue(column, out var i) && i < fields.Count && fields[i].Trim() is { Length: > 0 } v ? v : null;
}

/// <summary>
/// A small CSV import body read whole (teams, activities: thousands of rows, not hundreds of thousands): the header
/// names the columns (any order, any case), and each line becomes a row, or an error when a quote is left open.
/// </summary>
public static class CsvTable
{
    public static Dictionary<string, int> Columns(string? header) =>
        (header is null ? [] : CsvLine.TrySplit(header.TrimStart('\uFEFF')) ?? [])
            .Select((n, i) => (Name: n.Trim(), Index: i))
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Index, StringComparer.OrdinalIgnoreCase);

    public static async Task<(List<CsvTableRow> Rows, List<ImportError> Errors, string[] Missing)> ReadAsync(
        Stream body, string[] required, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var columns = Columns(await reader.ReadLineAsync(cancellationToken));
        var missing = required.Where(c => !columns.ContainsKey(c)).ToArray();
        var (rows, errors, row) = (new List<CsvTableRow>(), new List<ImportError>(), 1);
        while (missing.Length == 0 && await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            row++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (CsvLine.TrySplit(line) is { } fields)
            {
                rows.Add(new CsvTableRow(row, columns, fields));
            }
            else
            {
                errors.Add(new ImportError(row, "$", "A quoted field is not closed."));
            }
        }

        return (rows, errors, missing);
    }

    public static Dictionary<string, string[]> MissingColumns(string[] missing) =>
        new() { ["header"] = [$"The first line names the columns; missing: {string.Join(", ", missing)}."] };
}
