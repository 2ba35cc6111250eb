namespace Platform.Charity.Disbursements;

internal sealed class DisbursementConfiguration : IEntityTypeConfiguration<Disbursement>
{
    public void Configure(EntityTypeBuilder<Disbursement> builder)
    {
        builder.ToTable("disbursements", t =>
        {
            t.HasCheckConstraint("ck_disbursements_amount", "amount_fen > 0");
            t.HasCheckConstraint("ck_disbursements_two_people", "second_approver IS NULL OR second_approver <> first_approver");
        });
        builder.HasKey(d => d.Id);
        builder.Property(d => d.CommunityCode).HasMaxLength(12);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Purpose).HasMaxLength(200);
        builder.Property(d => d.Beneficiary).HasMaxLength(100);
        builder.Property(d => d.RequestedBy).HasMaxLength(100);
        builder.Property(d => d.FirstApprover).HasMaxLength(100);
        builder.Property(d => d.SecondApprover).HasMaxLength(100);
        builder.Property(d => d.Version).IsRowVersion();
        builder.Ignore(d => d.NeedsPayment);
        builder.HasOne<Funds.Fund>().WithMany().HasForeignKey(d => d.FundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.FundId, d.RequestedAt });
    }
}
