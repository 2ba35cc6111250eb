using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Shared;

/// <summary>
/// The frame of the teams and activities imports: the rows read, the live communities, per-row checks of the id and
/// the community, and one SaveChanges for every good row with its events; bad rows and ids already there are reported.
/// </summary>
public sealed class BulkImport
{
    private readonly List<ImportError> _errors;
    private readonly HashSet<string> _communities;
    private readonly ClaimsPrincipal _user;

    private BulkImport(List<CsvTableRow> rows, List<ImportError> errors, HashSet<string> communities, ClaimsPrincipal user, DateTimeOffset now)
    {
        (Rows, _errors, _communities, _user, Now) = (rows, errors, communities, user, now);
    }

    public List<CsvTableRow> Rows { get; }
    public DateTimeOffset Now { get; }

    /// <summary>The rows read, or a 400 for missing columns, or a 403 when any row names a community out of reach.</summary>
    public static async Task<(BulkImport? Import, IResult? Problem)> ReadAsync(
        HttpRequest request, string[] required, ClaimsPrincipal user, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (rows, errors, missing) = await CsvTable.ReadAsync(request.Body, required, cancellationToken);
        if (missing.Length > 0)
        {
            return (null, TypedResults.ValidationProblem(CsvTable.MissingColumns(missing)));
        }

        return ImportScope.Refuse(user.CommunitiesOutOfReach(rows)) is { } outOfReach
            ? (null, outOfReach)
            : (new BulkImport(rows, errors, await db.LiveCommunitiesAsync(cancellationToken), user, clock.GetUtcNow()), null);
    }

    /// <summary>The answer of a handler whose <see cref="ReadAsync"/> refused the import.</summary>
    public static Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult> Refused(IResult problem) =>
        problem is ValidationProblem invalid ? invalid : (ProblemHttpResult)problem;

    /// <summary>The prefix of the caller's subtree, for the records a row refers to (one out of reach is as unknown).</summary>
    public string ScopePrefix => _user.SubtreePrefix() ?? "-";

    /// <summary>Which of the ids named in these columns <paramref name="ids"/> holds (one query).</summary>
    public async Task<HashSet<Guid>> KnownAsync(Func<List<Guid>, IQueryable<Guid>> ids, CancellationToken cancellationToken, params string[] columns)
    {
        List<Guid> mentioned = [.. Rows.SelectMany(r => columns.Select(c => r[c])).Select(t => Guid.TryParse(t, out var g) ? g : Guid.Empty).Distinct()];
        return [.. await ids(mentioned).ToListAsync(cancellationToken)];
    }

    /// <summary>
    /// Checks each row's id (not repeated, not in <paramref name="existing"/>) and community, then lets
    /// <paramref name="import"/> check the rest and stage the record (true when it did); saves once.
    /// </summary>
    public async Task<Ok<ImportReport>> RunAsync(VolunteersDb db, IReadOnlySet<Guid> existing, string what,
        Func<CsvTableRow, Guid?, string?, List<ImportError>, bool> import, CancellationToken cancellationToken)
    {
        var (seen, imported) = (new Dictionary<Guid, int>(), 0);
        foreach (var row in Rows)
        {
            var rowErrors = new List<ImportError>();
            var id = ImportChecks.OptionalId(row["id"], row.Row, seen, rowErrors);
            if (id is { } given && existing.Contains(given))
            {
                rowErrors.Add(new ImportError(row.Row, "id", $"{what} with this id is already registered."));
            }

            var community = Community(row, rowErrors);
            if (import(row, id, community, rowErrors) && rowErrors.Count == 0)
            {
                imported++;
            }

            _errors.AddRange(rowErrors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ImportChecks.Report(Rows.Count + _errors.Count(e => e.Field == "$"), imported, _errors));
    }

    /// <summary>A live community within the caller's region, or null with the reason.</summary>
    private string? Community(CsvTableRow row, List<ImportError> errors)
    {
        var community = row["communityCode"];
        if (community is null || !_communities.Contains(community))
        {
            errors.Add(new ImportError(row.Row, "communityCode", "No live community has this code."));
            return null;
        }

        if (!_user.CanReach(community))
        {
            errors.Add(new ImportError(row.Row, "communityCode", "The community is outside your region."));
            return null;
        }

        return community;
    }
}
