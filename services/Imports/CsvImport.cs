using System.Runtime.CompilerServices;
using System.Text;
using nietras.SeparatedValues;

namespace Platform.Imports;

/// <summary>
/// Reads an import's CSV body (RFC 4180: commas, double quotes, "" inside quotes, line breaks inside quotes; UTF-8 with
/// or without a byte order mark) row by row, so that a body of hundreds of thousands of rows is never held whole. The
/// first non-blank row is the header; blank rows, and rows whose fields are all empty, are skipped but keep their
/// numbers. Errors go to the <see cref="ImportErrors"/> the caller passes, keyed as it describes.
/// </summary>
public static class CsvImport
{
    private static readonly SepReaderOptions Options = Sep.New(',').Reader(o => o with
    {
        // The header is read as a row: its names are matched in any case, and a name given twice is reported, not thrown.
        HasHeader = false,
        // A blank line is a row of one empty field; the rows of one body need not have the same number of fields.
        DisableColCountCheck = true,
        Unescape = true,
        Trim = SepTrim.All,
    });

    /// <summary>
    /// The data rows of the body. Nothing comes when the header lacks a required column (or, with
    /// <see cref="ImportColumns.RejectUnknown"/>, names an unknown one): the error is under <c>header</c>. A row whose
    /// quote is not closed is an error (<c>rows[n].$</c>) and does not come; as a quote may span lines, it is the last
    /// row. Reading stops at the row after maxRows with one error under <c>rows</c>; the rows before it have come.
    /// </summary>
    public static async IAsyncEnumerable<ImportRow> ReadAsync(Stream body, ImportColumns columns, int maxRows, ImportErrors errors,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var text = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var reader = await Options.FromAsync(text, cancellationToken);
        Header? header = null;
        var (number, rows) = (0, 0);
        while (await reader.MoveNextAsync(cancellationToken))
        {
            if (header is null)
            {
                header = Header.Read(reader, columns, errors);
                if (header is { Rejected: true })
                {
                    yield break;
                }

                continue;
            }

            number++;
            if (Capture(reader, header, number, errors) is not { } row)
            {
                continue;
            }

            if (++rows > maxRows)
            {
                errors.Add("rows", $"An import has at most {maxRows:N0} rows.");
                yield break;
            }

            if (!row.HasErrors)
            {
                yield return row;
            }
        }

        if (header is null && columns.Required.Count > 0)
        {
            errors.Add("header", $"The first line names the columns; missing: {string.Join(", ", columns.Required)}.");
        }
    }

    /// <summary>The current row, or null when it is blank. A row with an unclosed quote comes with its error.</summary>
    private static ImportRow? Capture(SepReader reader, Header header, int number, ImportErrors errors)
    {
        var current = reader.Current;
        var raw = current.Span;
        if (raw.IsWhiteSpace())
        {
            return null;
        }

        var fields = new string?[header.Names.Count];
        var unclosed = raw.Count('"') % 2 == 1;
        for (var i = 0; i < fields.Length && i < current.ColCount && !unclosed; i++)
        {
            fields[i] = current[i].Span is { Length: > 0 } field ? field.ToString() : null;
        }

        var row = new ImportRow(number, header.Names, header.Columns, fields, errors);
        if (unclosed)
        {
            // Sep reads an open quote to the end of the body: whatever followed it is inside this row.
            row.Error(null, "A quoted field is not closed.");
        }
        else if (Array.TrueForAll(fields, f => f is null))
        {
            return null;
        }

        return row;
    }

    private sealed record Header(IReadOnlyList<string> Names, IReadOnlyDictionary<string, int> Columns, bool Rejected)
    {
        /// <summary>The header in the current row, or null when the row is blank.</summary>
        public static Header? Read(SepReader reader, ImportColumns expected, ImportErrors errors)
        {
            var current = reader.Current;
            if (current.Span.IsWhiteSpace())
            {
                return null;
            }

            var names = new string[current.ColCount];
            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var twice = new List<string>();
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = current[i].Span.Trim('\uFEFF').Trim().ToString();
                if (names[i].Length > 0 && !columns.TryAdd(names[i], i))
                {
                    twice.Add(names[i]);
                }
            }

            var known = expected.All.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var missing = expected.Required.Where(c => !columns.ContainsKey(c)).ToList();
            var unknown = expected.RejectUnknown ? names.Where(n => n.Length > 0 && !known.Contains(n)).ToList() : [];
            if (missing.Count > 0)
            {
                errors.Add("header", $"The first line names the columns; missing: {string.Join(", ", missing)}.");
            }

            if (unknown.Count > 0)
            {
                errors.Add("header", $"Unknown columns: {string.Join(", ", unknown)}; the columns are {string.Join(", ", expected.All)}.");
            }

            if (twice.Count > 0)
            {
                errors.Add("header", $"Columns named more than once: {string.Join(", ", twice.Distinct(StringComparer.OrdinalIgnoreCase))}.");
            }

            return new Header(names, columns, missing.Count > 0 || unknown.Count > 0 || twice.Count > 0);
        }
    }
}
