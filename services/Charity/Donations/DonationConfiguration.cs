namespace Platform.Charity.Donations;

internal sealed class DonationConfiguration : IEntityTypeConfiguration<Donation>
{
    public const string ReceiptNumberIndex = "ix_donations_receipt_number";

    public void Configure(EntityTypeBuilder<Donation> builder)
    {
        builder.ToTable("donations", t => t.HasCheckConstraint("ck_donations_amount", "amount_fen > 0"));
        builder.HasKey(d => d.Id);
        builder.Property(d => d.ReceiptNumber).HasMaxLength(40);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.DonorKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.DonorName).HasMaxLength(100);
        builder.Property(d => d.ItemName).HasMaxLength(100);
        builder.Property(d => d.CommunityCode).HasMaxLength(12);
        builder.Property(d => d.RecordedBy).HasMaxLength(100);
        builder.Property(d => d.Version).IsRowVersion();
        builder.TracksChanges();
        builder.HasIndex(d => d.ReceiptNumber).IsUnique().HasDatabaseName(ReceiptNumberIndex);
        builder.HasIndex(d => d.CommunityCode).HasOperators("text_pattern_ops");
        // The abuse limits count recent donations per recorder and per named donor (DonationLimits).
        builder.HasIndex(d => new { d.RecordedBy, d.ReceivedAt });
        builder.HasIndex(d => new { d.DonorName, d.ReceivedAt }).HasFilter("donor_name IS NOT NULL");
    }
}
