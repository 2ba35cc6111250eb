using Microsoft.EntityFrameworkCore;

namespace Platform.PartyBuilding.Shared;

internal static class VersionCheck
{
    /// <summary>
    /// Makes SaveChanges fail with a concurrency conflict (409) unless the row still has the version the client read;
    /// the entity's <c>Version</c> property is its concurrency token.
    /// </summary>
    public static void ExpectVersion<TEntity>(this DbContext db, TEntity entity, int version) where TEntity : class =>
        db.Entry(entity).Property("Version").OriginalValue = version;
}
