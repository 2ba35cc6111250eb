using Microsoft.EntityFrameworkCore;

namespace Platform.Charity.Tests;

/// <summary>The relay is woken in process; the NOTIFY trigger, which serialised every outbox commit, is gone.</summary>
public sealed class Waking_the_relay(CharityFixture fixture)
{
    [Fact]
    public async Task The_migrations_leave_no_notify_trigger_or_function_behind() =>
        Assert.Equal(0, await fixture.InDbAsync(db => db.Database.SqlQueryRaw<int>(
            "SELECT ((SELECT count(*) FROM pg_trigger WHERE tgname = 'outbox_messages_notify') + (SELECT count(*) FROM pg_proc WHERE proname = 'notify_outbox_messages'))::int AS \"Value\"")
            .SingleAsync(TestContext.Current.CancellationToken)));
}
