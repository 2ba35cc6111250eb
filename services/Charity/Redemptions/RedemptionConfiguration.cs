namespace Platform.Charity.Redemptions;

internal sealed class RedemptionConfiguration : IEntityTypeConfiguration<Redemption>
{
    public void Configure(EntityTypeBuilder<Redemption> builder)
    {
        builder.ToTable("redemptions", t => t.HasCheckConstraint("ck_redemptions_quantity", "quantity > 0"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CommunityCode).HasMaxLength(12);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(200);
        builder.Ignore(r => r.IsPending);
        builder.HasOne<Supermarkets.StockItem>().WithMany().HasForeignKey(r => r.StockItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ExpiresAt).HasFilter("status = 'Reserved'");
        builder.HasIndex(r => new { r.VolunteerId, r.RequestedAt });
    }
}
