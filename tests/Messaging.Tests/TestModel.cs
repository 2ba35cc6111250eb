using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Messaging;

namespace Platform.Messaging.Tests;

public sealed record NoteAdded(Guid NoteId, string Text);

public sealed record PillSwallowed(Guid PillId, bool Poisoned);

public sealed class Note
{
    public Guid Id { get; init; }
    public required string Text { get; init; }
}

/// <summary>What a consumer did: one row per application of a message's effect.</summary>
public sealed class Effect
{
    public long Id { get; init; }
    public Guid SubjectId { get; init; }
    public required string Consumer { get; init; }
}

public sealed class TestDb(DbContextOptions<TestDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();

    public DbSet<Note> Notes => Set<Note>();
    public DbSet<Effect> Effects => Set<Effect>();

    public Task<int> EffectsOnAsync(Guid subject) => Effects.CountAsync(e => e.SubjectId == subject);
}

public sealed class NoteAddedConsumer(TestDb db) : IdempotentConsumer<NoteAdded, TestDb>(db)
{
    protected override Task ApplyAsync(NoteAdded message, CancellationToken cancellationToken)
    {
        Db.Effects.Add(new Effect { SubjectId = message.NoteId, Consumer = nameof(NoteAddedConsumer) });
        return Task.CompletedTask;
    }
}

public sealed class PillConsumer(TestDb db) : IdempotentConsumer<PillSwallowed, TestDb>(db)
{
    protected override Task ApplyAsync(PillSwallowed message, CancellationToken cancellationToken)
    {
        if (message.Poisoned)
        {
            throw new InvalidOperationException("This pill is poisoned: it fails every time.");
        }

        Db.Effects.Add(new Effect { SubjectId = message.PillId, Consumer = nameof(PillConsumer) });
        return Task.CompletedTask;
    }
}
