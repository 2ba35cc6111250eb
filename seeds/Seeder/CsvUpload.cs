using System.Text;

namespace Platform.Seeds.Seeder;

public sealed record ImportErrorDto(int Row, string Field, string Message);

public sealed record ImportReportDto(int Rows, int Imported, int Rejected, List<ImportErrorDto> Errors);

/// <summary>Posts seed-file lines to one of Volunteers' CSV bulk imports, which report every row they reject.</summary>
public static class CsvUpload
{
    /// <summary>
    /// The import's report. Rows already registered (same ID number or id) are what a re-run meets and count as loaded;
    /// any other rejection means a bad seed file and throws.
    /// </summary>
    public static async Task<ImportReportDto> PostAsync(
        PlatformClient api, string service, string path, string header, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        using var content = Body(header, lines);
        var report = await api.SendAsync<ImportReportDto>(service, HttpMethod.Post, path, content, cancellationToken)
            ?? throw new InvalidOperationException($"{path} answered 409.");
        var unexpected = report.Errors.Where(e => !e.Message.Contains("already registered", StringComparison.Ordinal)).ToList();
        if (unexpected.Count > 0)
        {
            throw new InvalidDataException($"{path} rejected {unexpected.Count} rows, e.g. row {unexpected[0].Row} {unexpected[0].Field}: {unexpected[0].Message}");
        }

        return report;
    }

    /// <summary>A <c>text/csv</c> request body: the header, then one line per row, each ended by a newline.</summary>
    public static StringContent Body(string header, IEnumerable<string> lines)
    {
        var csv = new StringBuilder(header).Append('\n');
        foreach (var line in lines)
        {
            csv.Append(line).Append('\n');
        }

        return new StringContent(csv.ToString(), Encoding.UTF8, "text/csv");
    }
}
