using Platform.Imports;

namespace Platform.Volunteers.Shared;

/// <summary>A rejected row: its number among the data rows (the first row under the header is 1), the field at fault and why. Never the value.</summary>
public sealed record ImportError(int Row, string Field, string Message);

public sealed record ImportReport(int Rows, int Imported, int Rejected, IReadOnlyList<ImportError> Errors)
{
    /// <summary>
    /// The report of an import that read <paramref name="read"/> rows: those the reader refused (a quote left open) are
    /// rows too, though they never reached the importer.
    /// </summary>
    public static ImportReport Of(int read, int imported, ImportErrors errors)
    {
        var refused = errors.Rows.Where(e => e.Field == "$").Select(e => e.Row).Distinct().Count();
        return new(read + refused, imported, errors.Rows.Select(e => e.Row).Distinct().Count(),
            [.. errors.Rows.OrderBy(e => e.Row).Select(e => new ImportError(e.Row, e.Field, e.Message))]);
    }
}
