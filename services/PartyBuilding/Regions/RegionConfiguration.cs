using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.PartyBuilding.Regions;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(15);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.ParentCode).HasMaxLength(15);
        builder.Property(r => r.Path).HasMaxLength(15);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ParentCode);
        builder.Ignore(r => r.IsLeaf);
        // Subtree queries are prefix matches (LIKE 'prefix%') on the path; text_pattern_ops lets them use the index
        // whatever the database's collation.
        builder.HasIndex(r => r.Code).HasOperators("text_pattern_ops").HasDatabaseName("ix_regions_code_prefix");
        builder.HasIndex(r => r.Path).HasOperators("text_pattern_ops").HasDatabaseName("ix_regions_path_prefix");
    }
}
