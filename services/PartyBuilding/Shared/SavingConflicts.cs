using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Platform.PartyBuilding.Shared;

internal static class SavingConflicts
{
    /// <summary>
    /// Saves, turning a violation of the unique index <paramref name="indexName"/> into a 409 naming
    /// <paramref name="field"/> (null when saved). The database decides, so concurrent requests cannot both pass.
    /// </summary>
    public static async Task<ProblemHttpResult?> SaveOrConflictAsync(
        this DbContext db, string indexName, string field, string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
                                           && pg.ConstraintName == indexName)
        {
            return Problems.Conflict(field, message);
        }
    }

    /// <summary>Saves a change made against the version the client read; a newer version in the database is a 409 naming "version".</summary>
    public static async Task<ProblemHttpResult?> SaveOrStaleAsync(this DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("version", "The record was changed since this version was read; read it again.");
        }
    }
}
