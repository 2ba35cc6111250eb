using Platform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Platform.Volunteers.Shared;

/// <summary>
/// Optimistic concurrency (docs/api.md, section 5): the <c>version</c> of a record is PostgreSQL's xmin, which every
/// write changes; EF Core compares it in the UPDATE, so a write racing a concurrent one fails as well as a stale one.
/// </summary>
public static class Versions
{
    public const string Field = "version";
    public const string StaleMessage = "The record was changed since this version was read; read it again.";

    public static bool IsStale(uint? expected, uint current) => expected is { } version && version != current;

    public static ProblemHttpResult Stale() => ConflictProblem.For(Field, StaleMessage);

    /// <summary>Saves; a concurrent change since the record was read is a 409 naming <c>version</c> (null when saved).</summary>
    public static async Task<ProblemHttpResult?> SaveOrStaleAsync(this DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
    }
}
