using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts;

namespace Platform.RegionReplica;

/// <summary>A service's local copy of a PartyBuilding region, kept at the newest version it has seen.</summary>
public sealed class ReplicatedRegion
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public RegionLevel Level { get; set; }
    public string? ParentCode { get; set; }
    public bool Retired { get; set; }
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsLiveCommunity => Level == RegionLevel.Community && !Retired;

    /// <summary>
    /// Where the region sits now: its code, except for a grid that PartyBuilding moved to another community, which sits
    /// under its new parent (the parent's code and its own last three digits) while keeping its code.
    /// </summary>
    public string Path => Level is RegionLevel.Grid or RegionLevel.Compound && ParentCode is { Length: 12 } parent
        ? parent + Code[^3..]
        : Code;
}

internal sealed class ReplicatedRegionConfiguration : IEntityTypeConfiguration<ReplicatedRegion>
{
    public void Configure(EntityTypeBuilder<ReplicatedRegion> builder)
    {
        builder.ToTable("region_replica");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(15);
        builder.Property(r => r.ParentCode).HasMaxLength(15);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.Code).HasOperators("text_pattern_ops").HasDatabaseName("ix_region_replica_code_prefix");
    }
}

public static class RegionReplicaModel
{
    public static ModelBuilder AddRegionReplica(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new ReplicatedRegionConfiguration());
}
