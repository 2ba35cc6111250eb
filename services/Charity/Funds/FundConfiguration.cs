using Platform.Charity.Federations;

namespace Platform.Charity.Funds;

internal sealed class FundConfiguration : IEntityTypeConfiguration<Fund>
{
    public void Configure(EntityTypeBuilder<Fund> builder)
    {
        builder.ToTable("funds");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.Property(f => f.CommunityCode).HasMaxLength(12);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Version).IsRowVersion();
        builder.Ignore(f => f.Account);
        builder.Ignore(f => f.IsActive);
        builder.HasOne<Federation>().WithMany().HasForeignKey(f => f.FederationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.CommunityCode).IsUnique().HasOperators("text_pattern_ops");
    }
}
