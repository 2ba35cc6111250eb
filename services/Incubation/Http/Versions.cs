using Microsoft.EntityFrameworkCore;

namespace Platform.Incubation.Http;

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
}
