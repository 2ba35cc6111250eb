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
