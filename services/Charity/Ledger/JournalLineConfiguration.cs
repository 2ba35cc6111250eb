namespace Platform.Charity.Ledger;

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
