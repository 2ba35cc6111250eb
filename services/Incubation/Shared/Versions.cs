using Microsoft.EntityFrameworkCore;

namespace Platform.Incubation.Shared;

public static class Versions
{
    /// <summary>
    /// A change made against the version the client read: the update matches only that version (xmin), so a record
    /// changed in between makes SaveChanges fail with a concurrency error, which the platform answers with 409.
    /// </summary>
    public static void ExpectVersion<TEntity>(this DbContext db, TEntity entity, uint? version) where TEntity : class
    {
        if (version is { } expected)
        {
            db.Entry(entity).Property("Version").OriginalValue = expected;
        }
    }

    /// <summary>
    /// Makes the save depend on <paramref name="entity"/> being as it was read: it is rewritten unchanged under its row
    /// version, so a concurrent change to it (a revocation while a grade is recorded) fails the save with a 409.
    /// </summary>
    public static void RequireUnchanged<TEntity>(this DbContext db, TEntity entity, string property) where TEntity : class =>
        db.Entry(entity).Property(property).IsModified = true;
}
