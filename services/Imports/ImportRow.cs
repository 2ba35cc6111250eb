using System.Globalization;

namespace Platform.Imports;

/// <summary>
/// One data row of an import: its number (<c>rows[1]</c> is the first row under the header, see
/// <see cref="ImportErrors"/>) and its fields by column name, any case. A field is trimmed, and null when empty or when
/// the header lacks its column. The parse helpers return null for an empty field, and for a field that does not parse,
/// in which case they also record the error under <c>rows[n].column</c>.
/// </summary>
public sealed class ImportRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string?[] _fields;
    private readonly ImportErrors _errors;

    internal ImportRow(int number, IReadOnlyList<string> header, IReadOnlyDictionary<string, int> columns, string?[] fields, ImportErrors errors)
    {
        Number = number;
        Header = header;
        _columns = columns;
        _fields = fields;
        _errors = errors;
    }

    /// <summary>The 1-based number of the data row.</summary>
    public int Number { get; }

    /// <summary>The column names as the header spells them, in its order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Whether this row has recorded an error, through its helpers or <see cref="Error(string?, string)"/>.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>The trimmed field, or null when it is empty or the header lacks the column.</summary>
    public string? this[string column] => _columns.TryGetValue(column, out var i) ? _fields[i] : null;

    /// <summary>Whether the header names the column.</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>Records an error for a field of this row, or for the whole row (<c>rows[n].$</c>) when column is null.</summary>
    public void Error(string? column, string message)
    {
        HasErrors = true;
        _errors.Add(Number, column, message);
    }

    /// <summary>The field, or null with an error when it is empty.</summary>
    public string? Required(string column)
    {
        var value = this[column];
        if (value is null)
        {
            Error(column, "This field is required.");
        }

        return value;
    }

    /// <summary>A whole number, such as -12.</summary>
    public int? WholeNumber(string column) =>
        Parse<int>(column, static v => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null,
            "A whole number, such as 12.");

    /// <summary>A number with an optional decimal point, such as 12.5 (no thousands separators: a comma ends a CSV field).</summary>
    public decimal? DecimalNumber(string column) =>
        Parse<decimal>(column, static v => decimal.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null,
            "A number, such as 12.5.");

    /// <summary>A date written yyyy-MM-dd.</summary>
    public DateOnly? Date(string column) =>
        Parse<DateOnly>(column, static v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            "A date written yyyy-MM-dd, such as 2026-03-01.");

    /// <summary>Yes or no, written 是/否, true/false, yes/no, y/n or 1/0 in any case.</summary>
    public bool? YesNo(string column) =>
        Parse<bool>(column, static v => v.ToLowerInvariant() switch
        {
            "是" or "true" or "yes" or "y" or "1" => true,
            "否" or "false" or "no" or "n" or "0" => (bool?)false,
            _ => null,
        }, "Yes or no: 是/否, true/false, yes/no or 1/0.");

    /// <summary>A member of the enum by its name, any case; numbers are refused, as they name nothing a person reads.</summary>
    public TEnum? Enum<TEnum>(string column) where TEnum : struct, Enum =>
        Parse<TEnum>(column, static v => !char.IsAsciiDigit(v[0]) && v[0] is not ('-' or '+')
                && System.Enum.TryParse<TEnum>(v, ignoreCase: true, out var e) && System.Enum.IsDefined(e) ? e : (TEnum?)null,
            $"One of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");

    private T? Parse<T>(string column, Func<string, T?> parse, string message) where T : struct
    {
        if (this[column] is not { } text)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            Error(column, message);
        }

        return value;
    }
}
