using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.ServiceDefaults.Problems;

namespace Platform.Data;

/// <summary>
/// Duplicates are stopped by unique indexes, not by reading first, so concurrent requests cannot both pass. A service
/// names, per index, the field the client sent and why; any other violation is answered by <see cref="DatabaseExceptionHandler"/>.
/// </summary>
public static class UniqueIndexes
{
    /// <summary>Saves; null when saved, the refusal (a 409 naming the field) when one of <paramref name="refusals"/>' indexes refused the row.</summary>
    public static async Task<Refusal?> SaveOrRefuseAsync(
        this DbContext db, IReadOnlyDictionary<string, Refusal> refusals, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException ex) when (RefusalFor(ex, refusals) is { } refusal)
        {
            return refusal;
        }
    }

    /// <summary>The refusal for a unique violation of one of the named indexes, else null.</summary>
    private static Refusal? RefusalFor(Exception exception, IReadOnlyDictionary<string, Refusal> refusals) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } index }
        && refusals.TryGetValue(index, out var refusal) ? refusal : null;

    /// <summary>Whether the exception is a unique violation of <paramref name="index"/>.</summary>
    public static bool Violates(this DbUpdateException exception, string index) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: var name } && name == index;
}
