using System.Text.RegularExpressions;
using Platform.Clients;

namespace Platform.Web.Features.Services;

/// <summary>
/// One message of an import's problem, by row: <c>rows[n].field</c> (n counts data rows from 1), <c>rows[n].$</c> for
/// the row as a whole, and fields without a row (<c>header</c>, <c>rows</c>) for the file.
/// </summary>
public sealed partial record ImportRowError(int? Row, string? Field, string Message)
{
    public static IReadOnlyList<ImportRowError> From(ApiProblem? problem) =>
        problem is null ? [] :
        [.. problem.Errors
            .SelectMany(e => e.Value.Select(message => Parse(e.Key, message)))
            .OrderBy(e => e.Row ?? 0).ThenBy(e => e.Field, StringComparer.Ordinal)];

    private static ImportRowError Parse(string key, string message)
    {
        var match = RowKey().Match(key);
        if (!match.Success)
        {
            return new ImportRowError(null, key, message);
        }

        var field = match.Groups["field"].Success && match.Groups["field"].Value != "$" ? match.Groups["field"].Value : null;
        return new ImportRowError(int.Parse(match.Groups["row"].Value, System.Globalization.CultureInfo.InvariantCulture), field, message);
    }

    [GeneratedRegex(@"^rows\[(?<row>\d+)\](?:\.(?<field>.+))?$")]
    private static partial Regex RowKey();
}
