using Microsoft.EntityFrameworkCore;

namespace Platform.Data;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction under the retrying execution strategy (which refuses
    /// user-started transactions outside it); commits unless it throws. A retry starts from a clean change tracker.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
}
