using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Platform.Data;

public static class Migrations
{
    /// <summary>
    /// Brings the database to the model. Each service's migrations were squashed into one <c>Initial</c> before the first
    /// release, so a database whose history names none of this assembly's migrations was built by the old history; its
    /// schema differs in small ways, and only local development databases have one. With
    /// <paramref name="recreateUnknownHistory"/> (local runs, where the seeder fills it again) such a database is dropped
    /// and created anew; otherwise migrating stops with the reason (docs/architecture.md, "Migrations").
    /// </summary>
    public static async Task MigrateAsync(this DbContext db, bool recreateUnknownHistory, ILogger logger, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet();
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        if (applied.Count > 0 && !applied.Any(known.Contains))
        {
            if (!recreateUnknownHistory)
            {
                throw new InvalidOperationException(
                    $"The database of {db.GetType().Name} was migrated by a history this build does not have ({applied[^1]}); " +
                    "it predates the squashed Initial migration. Delete the database (or the AppHost's data folder) and migrate again.");
            }

            logger.LogWarning("The database of {Context} predates the squashed Initial migration ({Last}); recreating it",
                db.GetType().Name, applied[^1]);
            await db.Database.EnsureDeletedAsync(cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
