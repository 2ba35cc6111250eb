using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Volunteers.Shared;

/// <summary>
/// Region scope of an import (docs/api.md, section 1): a single row naming a region or record out of the caller's
/// subtree refuses the whole import with 403, <c>errors["rows[n].field"]</c> (n counting data rows from 1), before any
/// other check and before anything is written.
/// </summary>
public static class ImportScope
{
    private const string Message = "This row's region is outside your region's subtree.";

    /// <summary>The 403 for the rows out of reach, or null when every row is in reach.</summary>
    public static ProblemHttpResult? Refuse(IEnumerable<(int Row, string Field)> outOfReach)
    {
        var errors = outOfReach.Distinct().OrderBy(e => e.Row)
            .ToDictionary(e => $"rows[{e.Row - 1}].{e.Field}", _ => new[] { Message });
        if (errors.Count == 0)
        {
            return null;
        }

        var problem = new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status403Forbidden, Title = "Outside your region" };
        problem.Extensions["refusedBy"] = ScopeProblems.RefusedByRegion;
        return TypedResults.Problem(problem);
    }

    /// <summary>The rows whose community is out of reach.</summary>
    public static IEnumerable<(int Row, string Field)> CommunitiesOutOfReach(this ClaimsPrincipal user, IEnumerable<CsvTableRow> rows) =>
        rows.Where(r => r["communityCode"] is { } community && !user.CanReach(community)).Select(r => (r.Row, "communityCode"));

    /// <summary>
    /// Reads a streamed CSV body once for the communities it names, then rewinds it for the import: the volunteers
    /// import writes in batches as it reads, so a row out of reach must be found before the first batch. The body is
    /// buffered (to disk beyond a megabyte), so the second read costs no memory.
    /// </summary>
    public static async Task<ProblemHttpResult?> CheckCommunitiesAsync(HttpRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        request.EnableBuffering(bufferThreshold: 1024 * 1024, bufferLimit: RequestLimitExtensions.BulkBodyLimitBytes);
        var outOfReach = new List<(int, string)>();
        using (var body = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        {
            var columns = CsvTable.Columns(await body.ReadLineAsync(cancellationToken));
            var row = 1;
            while (columns.TryGetValue("communityCode", out var index) && await body.ReadLineAsync(cancellationToken) is { } line)
            {
                row++;
                if (CsvLine.TrySplit(line) is { } fields && index < fields.Count && fields[index].Trim() is { Length: > 0 } community
                    && !user.CanReach(community))
                {
                    outOfReach.Add((row, "communityCode"));
                }
            }
        }

        request.Body.Position = 0;
        return Refuse(outOfReach);
    }
}
