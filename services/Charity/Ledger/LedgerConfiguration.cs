using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Charity.Ledger;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("journal_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.CommunityCode).HasMaxLength(12);
        builder.Property(e => e.Memo).HasMaxLength(200);
        builder.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.CommunityCode).HasOperators("text_pattern_ops");
        builder.HasIndex(e => e.RecordedAt);
        builder.HasIndex(e => e.SourceId);
        // An entry is reversed at most once.
        builder.HasIndex(e => e.ReversesId).IsUnique().HasFilter("reverses_id IS NOT NULL");
    }
}

internal sealed class JournalLineConfiguration : IEntityTypeConfiguration<JournalLine>
{
    public void Configure(EntityTypeBuilder<JournalLine> builder)
    {
        builder.ToTable("journal_lines", t => t.HasCheckConstraint("ck_journal_lines_one_side",
            "(debit_fen > 0 AND credit_fen = 0) OR (credit_fen > 0 AND debit_fen = 0)"));
        builder.HasKey(l => new { l.EntryId, l.Number });
        builder.Property(l => l.Account).HasMaxLength(80);
        builder.HasIndex(l => l.Account);
    }
}
