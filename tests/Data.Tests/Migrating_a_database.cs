using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Platform.Data.Tests;

public sealed class Migrating_a_database(DataFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fresh_database_gets_the_Initial_migration()
    {
        await using var db = TinyDb.Open(fixture.NewDatabase());

        await db.MigrateAsync(recreateUnknownHistory: false, NullLogger.Instance, Cancel);

        Assert.Equal([TinyInitial.Name], await db.Database.GetAppliedMigrationsAsync(Cancel));
        Assert.Equal(0, await db.Visits.CountAsync(Cancel));
    }

    [Fact]
    public async Task A_local_database_made_by_the_squashed_history_is_made_again()
    {
        await using var db = TinyDb.Open(fixture.NewDatabase());
        await MadeByTheOldHistoryAsync(db);

        await db.MigrateAsync(recreateUnknownHistory: true, NullLogger.Instance, Cancel);

        Assert.Equal([TinyInitial.Name], await db.Database.GetAppliedMigrationsAsync(Cancel));
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_tables WHERE tablename = 'legacy_notes'").SingleAsync(Cancel));
    }

    [Fact]
    public async Task Migrating_for_a_deployment_refuses_a_database_of_the_squashed_history_and_leaves_it_alone()
    {
        await using var db = TinyDb.Open(fixture.NewDatabase());
        await MadeByTheOldHistoryAsync(db);

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.MigrateAsync(recreateUnknownHistory: false, NullLogger.Instance, Cancel));

        Assert.Contains("20251101000000_Outbox", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(["20251101000000_Outbox"], await db.Database.GetAppliedMigrationsAsync(Cancel));
    }

    [Fact]
    public async Task A_database_already_at_Initial_is_left_as_it_is()
    {
        await using var db = TinyDb.Open(fixture.NewDatabase());
        await db.MigrateAsync(recreateUnknownHistory: true, NullLogger.Instance, Cancel);
        db.Visits.Add(new Visit { Visitor = "王芳", Ticket = "A-1", At = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(Cancel);

        await db.MigrateAsync(recreateUnknownHistory: true, NullLogger.Instance, Cancel);

        Assert.Equal(1, await db.Visits.CountAsync(Cancel));
    }

    /// <summary>A database as a migration history this build no longer has left it: its own table, its own history row.</summary>
    private static async Task MadeByTheOldHistoryAsync(TinyDb db)
    {
        await db.Database.EnsureCreatedAsync(Cancel);
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TABLE legacy_notes (id bigint PRIMARY KEY);
            CREATE TABLE "__EFMigrationsHistory" (migration_id varchar(150) PRIMARY KEY, product_version varchar(32) NOT NULL);
            INSERT INTO "__EFMigrationsHistory" VALUES ('20251101000000_Outbox', '10.0.0');
            """, Cancel);
    }
}
