using Microsoft.EntityFrameworkCore;

namespace Platform.Data;

/// <summary>
/// A transaction-scoped PostgreSQL advisory lock on a named key: concurrent transactions that take the same name and
/// key run one after another until the holder commits or rolls back. The name keeps unrelated locks apart.
/// </summary>
public readonly record struct AdvisoryLock(string Name)
{
    public Task TakeAsync(DbContext db, string key, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({Name + ":" + key}, 0))", cancellationToken);
}
