namespace Platform.Charity.Supermarkets;

internal sealed class SupermarketConfiguration : IEntityTypeConfiguration<Supermarket>
{
    public void Configure(EntityTypeBuilder<Supermarket> builder)
    {
        builder.ToTable("supermarkets");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.CommunityCode).HasMaxLength(12);
        builder.HasIndex(s => new { s.CommunityCode, s.Name }).IsUnique();
    }
}
