using System.Text.Json;

namespace Platform.Imports;

/// <summary>
/// The errors of one import, keyed the platform's way: <c>header</c> for the column names, <c>rows</c> for the body as a
/// whole, <c>rows[n].field</c> for a field and <c>rows[n].$</c> for a row with no single field at fault. n is the 1-based
/// number of the data row: the first row under the header is <c>rows[1]</c>, and a blank row keeps its number, so that n
/// is the row's place in the spreadsheet it came from, less the header. field is the column's name in camelCase.
/// </summary>
public sealed class ImportErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private readonly List<RowError> _rows = [];

    /// <summary>How many keys have errors.</summary>
    public int Count => _errors.Count;

    /// <summary>
    /// The errors of data rows in the order they were added, for an import that reports them row by row rather than as
    /// a 400; the field is the column's name in camelCase, or <c>$</c> for the whole row.
    /// </summary>
    public IReadOnlyList<RowError> Rows => _rows;

    /// <summary>Whether a key has errors, e.g. <c>header</c> when the columns rejected the import.</summary>
    public bool Contains(string key) => _errors.ContainsKey(key);

    /// <summary>The key of a field (<c>rows[n].field</c>), or of the whole row (<c>rows[n].$</c>) when column is null.</summary>
    public static string Key(int row, string? column) => $"rows[{row}].{Field(column)}";

    private static string Field(string? column) => column is null ? "$" : JsonNamingPolicy.CamelCase.ConvertName(column);

    /// <summary>Adds a message under a key of its own (<c>header</c>, <c>rows</c>, or one made by <see cref="Key"/>).</summary>
    public void Add(string key, string message)
    {
        if (!_errors.TryGetValue(key, out var messages))
        {
            _errors[key] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Adds a message for a field of a data row, or for the whole row when column is null.</summary>
    public void Add(int row, string? column, string message)
    {
        Add(Key(row, column), message);
        _rows.Add(new RowError(row, Field(column), message));
    }

    /// <summary>The errors as <c>TypedResults.ValidationProblem</c> and <c>HttpValidationProblemDetails</c> take them.</summary>
    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}

/// <summary>An error of one data row: its 1-based number, the field (camelCase, or <c>$</c> for the row) and the message.</summary>
public sealed record RowError(int Row, string Field, string Message);
