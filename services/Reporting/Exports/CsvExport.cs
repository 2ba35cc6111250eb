using System.Text;

namespace Platform.Reporting.Exports;

/// <summary>
/// A CSV download written row by row as the rows are read, UTF-8 with a byte-order mark so that spreadsheet programs
/// read Chinese correctly. Text that a spreadsheet would run as a formula gets a leading apostrophe.
/// </summary>
public static class CsvExport
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static PushStreamHttpResult Stream<T>(string fileName, string[] header, IAsyncEnumerable<T> rows, Func<T, IEnumerable<object?>> fields) =>
        TypedResults.Stream(async body =>
        {
            await body.WriteAsync(ByteOrderMark);
            await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
            await writer.WriteLineAsync(Line(header));
            await foreach (var row in rows)
            {
                await writer.WriteLineAsync(Line(fields(row)));
            }
        }, "text/csv; charset=utf-8", fileName);

    public static string Line(IEnumerable<object?> fields) => string.Join(',', fields.Select(Field));

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '@' or '-' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    /// <summary>
    /// The export of a region subtree (the caller's by default; malformed 400, out of reach 403, unknown 404, each naming
    /// <c>region</c>) over the city days of <paramref name="dates"/> (both inclusive; a month is in when it overlaps them).
    /// </summary>
    public static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> InRegionAsync(
        string? region, DateRange dates, ClaimsPrincipal user, RegionDirectory regions, Func<string, PushStreamHttpResult> export, CancellationToken ct)
    {
        // An export is one whole list: the paging of the check is the default one, and always valid.
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, new PageRequest(null, null), ct, dates.Check());
        return refusal switch
        {
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => export(prefix!),
        };
    }
}
