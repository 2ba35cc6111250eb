using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Platform.Data.Tests;

public sealed class Counting_in_a_sliding_window(DataFixture fixture)
{
    private static readonly SlidingWindow ThreePerHour = new(new AdvisoryLock("visits-per-visitor"), 3, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_fit_until_the_limit_and_then_wait_for_the_oldest_to_leave_the_window()
    {
        await using var db = await MigratedAsync();
        var visits = new[] { Now.AddMinutes(-50), Now.AddMinutes(-20), Now.AddMinutes(-5) };

        Assert.Null(await WaitAsync(db, "张伟", count: 3));
        foreach (var (at, i) in visits.Select((at, i) => (at, i)))
        {
            db.Visits.Add(new Visit { Visitor = $"张伟-{i}", Ticket = $"T-{i}", At = at });
        }

        await db.SaveChangesAsync(Cancel);

        Assert.Equal(TimeSpan.FromMinutes(10), await WaitAsync(db, "张伟", count: 1));
        Assert.Equal(TimeSpan.FromMinutes(40), await WaitAsync(db, "张伟", count: 2));
        Assert.Null(await WaitAsync(db, "李娜", count: 3));
    }

    private static Task<TimeSpan?> WaitAsync(TinyDb db, string visitor, int count) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Cancel);
            return await ThreePerHour.WaitAsync(db, visitor,
                since => db.Visits.Where(v => v.Visitor.StartsWith(visitor) && v.At > since).Select(v => v.At), count, Now, Cancel);
        });

    private async Task<TinyDb> MigratedAsync()
    {
        var db = TinyDb.Open(fixture.NewDatabase());
        await db.MigrateAsync(recreateUnknownHistory: false, NullLogger.Instance, Cancel);
        return db;
    }
}
