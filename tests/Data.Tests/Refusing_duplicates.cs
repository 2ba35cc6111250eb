using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.ServiceDefaults.Problems;

namespace Platform.Data.Tests;

public sealed class Refusing_duplicates(DataFixture fixture)
{
    private static readonly Dictionary<string, Refusal> Refusals = new()
    {
        [TinyDb.TicketIndex] = new Refusal("ticket", "This ticket was already used."),
    };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_duplicate_on_a_named_index_is_refused_naming_the_field()
    {
        await using var db = await MigratedAsync();
        db.Visits.Add(new Visit { Visitor = "刘洋", Ticket = "B-7", At = DateTimeOffset.UtcNow });
        Assert.Null(await db.SaveOrRefuseAsync(Refusals, Cancel));

        db.ChangeTracker.Clear();
        db.Visits.Add(new Visit { Visitor = "陈静", Ticket = "B-7", At = DateTimeOffset.UtcNow });
        var refusal = await db.SaveOrRefuseAsync(Refusals, Cancel);

        Assert.Equal(new Refusal("ticket", "This ticket was already used."), refusal);
        Assert.Equal(1, await db.Visits.CountAsync(Cancel));
    }

    [Fact]
    public async Task A_duplicate_on_an_index_the_service_did_not_name_is_left_to_the_shared_handler()
    {
        await using var db = await MigratedAsync();
        db.Visits.Add(new Visit { Visitor = "赵磊", Ticket = "C-1", At = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(Cancel);

        db.ChangeTracker.Clear();
        db.Visits.Add(new Visit { Visitor = "赵磊", Ticket = "C-2", At = DateTimeOffset.UtcNow });
        var exception = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveOrRefuseAsync(Refusals, Cancel));

        Assert.True(exception.Violates("ix_visits_visitor_once"));
        Assert.False(exception.Violates(TinyDb.TicketIndex));
    }

    private async Task<TinyDb> MigratedAsync()
    {
        var db = TinyDb.Open(fixture.NewDatabase());
        await db.MigrateAsync(recreateUnknownHistory: false, NullLogger.Instance, Cancel);
        return db;
    }
}
