using Microsoft.EntityFrameworkCore;

namespace Platform.Volunteers.Data;

internal static class Transactions
{
    /// <summary>Runs <paramref name="work"/> in a transaction under the retrying execution strategy; commits unless it throws.</summary>
    public static Task<T> InTransactionAsync<T>(this VolunteersDb db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
}
