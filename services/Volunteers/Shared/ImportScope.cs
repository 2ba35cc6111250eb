using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Imports;
using Platform.Security;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Volunteers.Shared;

/// <summary>
/// Region scope of an import (docs/api.md, section 1): a single row naming a region or record out of the caller's
/// subtree refuses the whole import with 403, <c>errors["rows[n].field"]</c>, before any other check and before anything
/// is written.
/// </summary>
public static class ImportScope
{
    /// <summary>The 403 for the fields out of reach (<see cref="ImportErrors.Key"/>), or null when every row is in reach.</summary>
    public static ProblemHttpResult? Refuse(IEnumerable<string> outOfReach) =>
        outOfReach.ToList() is { Count: > 0 } fields ? ScopeProblems.OutOfReach(fields) : null;

    /// <summary>The fields of the rows whose community is out of reach.</summary>
    public static IEnumerable<string> CommunitiesOutOfReach(this ClaimsPrincipal user, IEnumerable<ImportRow> rows) =>
        rows.Where(r => r["communityCode"] is { } community && !user.CanReach(community)).Select(r => ImportErrors.Key(r.Number, "communityCode"));

    /// <summary>
    /// Reads a streamed CSV body once for the communities it names, then rewinds it for the import: the volunteers
    /// import writes in batches as it reads, so a row out of reach must be found before the first batch. The body is
    /// buffered (to disk beyond a megabyte), so the second read costs no memory. What is wrong with the body otherwise
    /// is left to the import's own read, which reports it.
    /// </summary>
    public static async Task<ProblemHttpResult?> CheckCommunitiesAsync(HttpRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        request.EnableBuffering(bufferThreshold: 1024 * 1024, bufferLimit: RequestLimitExtensions.BulkBodyLimitBytes);
        var outOfReach = new List<string>();
        await foreach (var row in CsvImport.ReadAsync(request.Body, new ImportColumns([], ["communityCode"]), int.MaxValue, new ImportErrors(), cancellationToken))
        {
            outOfReach.AddRange(user.CommunitiesOutOfReach([row]));
        }

        request.Body.Position = 0;
        return Refuse(outOfReach);
    }
}
