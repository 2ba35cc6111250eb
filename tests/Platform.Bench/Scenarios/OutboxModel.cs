using Microsoft.EntityFrameworkCore;
using Platform.Messaging;

namespace Platform.Bench.Scenarios;

public sealed record BenchNoteAdded(Guid NoteId, string Text);

public sealed class BenchNote
{
    public Guid Id { get; init; }
    public required string Text { get; init; }
}

public sealed class BenchDb(DbContextOptions<BenchDb> options) : DbContext(options)
{
    public DbSet<BenchNote> Notes => Set<BenchNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}
