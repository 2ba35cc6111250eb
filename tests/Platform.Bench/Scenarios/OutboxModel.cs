using Microsoft.EntityFrameworkCore;
using Platform.Data;

namespace Platform.Bench.Scenarios;

public sealed record BenchNoteAdded(Guid NoteId, string Text);

public sealed class BenchNote
{
    public Guid Id { get; init; }
    public required string Text { get; init; }
}

public sealed class BenchDb(DbContextOptions<BenchDb> options) : ServiceDbContext(options)
{
    public DbSet<BenchNote> Notes => Set<BenchNote>();
}
