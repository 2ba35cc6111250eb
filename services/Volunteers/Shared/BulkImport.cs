using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Imports;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Shared;

/// <summary>
/// The frame of the teams and activities imports: the rows read, the live communities, per-row checks of the id and
/// the community, and one SaveChanges for every good row with its events; bad rows and ids already there are reported.
/// </summary>
public sealed class BulkImport
{
    /// <summary>
    /// The imports read whole (teams, activities, attendance) hold their rows in memory before writing in one
    /// transaction; far more than a city registers, it bounds that memory.
    /// </summary>
    public const int MaxRows = 1_000_000;

    private readonly ImportErrors _errors;
    private readonly HashSet<string> _communities;
    private readonly ClaimsPrincipal _user;

    private BulkImport(List<ImportRow> rows, ImportErrors errors, HashSet<string> communities, ClaimsPrincipal user, DateTimeOffset now)
    {
        (Rows, _errors, _communities, _user, Now) = (rows, errors, communities, user, now);
    }

    public List<ImportRow> Rows { get; }
    public DateTimeOffset Now { get; }

    /// <summary>Every row of a body read whole, with the errors of reading it (a rejected header under <c>header</c>).</summary>
    public static async Task<(List<ImportRow> Rows, ImportErrors Errors)> ReadRowsAsync(Stream body, ImportColumns columns, CancellationToken cancellationToken)
    {
        var (rows, errors) = (new List<ImportRow>(), new ImportErrors());
        await foreach (var row in CsvImport.ReadAsync(body, columns, MaxRows, errors, cancellationToken))
        {
            rows.Add(row);
        }

        return (rows, errors);
    }

    /// <summary>The rows read, or a 400 for a rejected header or too many rows, or a 403 when any row names a community out of reach.</summary>
    public static async Task<(BulkImport? Import, IResult? Problem)> ReadAsync(
        HttpRequest request, ImportColumns columns, ClaimsPrincipal user, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (rows, errors) = await ReadRowsAsync(request.Body, columns, cancellationToken);
        if (errors.Contains("header") || errors.Contains("rows"))
        {
            return (null, TypedResults.ValidationProblem(errors.ToDictionary()));
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
    /// <paramref name="import"/> check the rest and stage the record unless the row has errors (true when it did); saves once.
    /// </summary>
    public async Task<Ok<ImportReport>> RunAsync(VolunteersDb db, IReadOnlySet<Guid> existing, string what,
        Func<ImportRow, Guid?, string?, bool> import, CancellationToken cancellationToken)
    {
        var (seen, imported) = (new Dictionary<Guid, int>(), 0);
        foreach (var row in Rows)
        {
            var id = row.OptionalId(seen);
            if (id is { } given && existing.Contains(given))
            {
                row.Error("id", $"{what} with this id is already registered.");
            }

            if (import(row, id, Community(row)) && !row.HasErrors)
            {
                imported++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ImportReport.Of(Rows.Count, imported, _errors));
    }

    /// <summary>A live community within the caller's region, or null with the reason.</summary>
    private string? Community(ImportRow row)
    {
        var community = row["communityCode"];
        if (community is null || !_communities.Contains(community))
        {
            row.Error("communityCode", "No live community has this code.");
            return null;
        }

        if (!_user.CanReach(community))
        {
            row.Error("communityCode", "The community is outside your region.");
            return null;
        }

        return community;
    }
}
