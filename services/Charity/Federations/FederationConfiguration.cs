namespace Platform.Charity.Federations;

internal sealed class FederationConfiguration : IEntityTypeConfiguration<Federation>
{
    public void Configure(EntityTypeBuilder<Federation> builder)
    {
        builder.ToTable("federations");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.Property(f => f.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.RegionCode).HasMaxLength(6);
        builder.HasIndex(f => f.RegionCode).IsUnique();
    }
}
