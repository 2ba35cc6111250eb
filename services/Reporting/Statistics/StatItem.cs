using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Statistics;

/// <summary>
/// The current state of one counted thing (a social worker's assignment, an organisation's grade, a fund): active or
/// not, where, in which category. <see cref="Ordering"/> (an event time or a version) decides which event wins, so
/// events may arrive in any order. Derived from <see cref="StatFact"/>s; rebuildable.
/// </summary>
public sealed class StatItem
{
    public required string Kind { get; init; }
    public required string Key { get; init; }
    public required string RegionCode { get; set; }
    public string? Category { get; set; }
    public long Amount { get; set; }
    public bool Active { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public long Ordering { get; set; }
}

/// <summary>A flow figure (activities completed, fen donated, …) of one region in one city month. Derived; rebuildable.</summary>
public sealed class MonthlyFigure
{
    public required string RegionCode { get; init; }
    public DateOnly Month { get; init; }
    public required string Figure { get; init; }
    public long Value { get; set; }
}

internal sealed class StatItemConfiguration : IEntityTypeConfiguration<StatItem>
{
    public void Configure(EntityTypeBuilder<StatItem> builder)
    {
        builder.ToTable("stat_items");
        builder.HasKey(i => new { i.Kind, i.Key });
        builder.Property(i => i.Kind).HasMaxLength(50);
        builder.Property(i => i.Key).HasMaxLength(100);
        builder.Property(i => i.RegionCode).HasMaxLength(15);
        builder.Property(i => i.Category).HasMaxLength(50);
        builder.HasIndex(i => new { i.Kind, i.RegionCode }).HasOperators("text_ops", "text_pattern_ops");
    }
}

internal sealed class MonthlyFigureConfiguration : IEntityTypeConfiguration<MonthlyFigure>
{
    public void Configure(EntityTypeBuilder<MonthlyFigure> builder)
    {
        builder.ToTable("stat_monthly");
        builder.HasKey(m => new { m.RegionCode, m.Month, m.Figure });
        builder.Property(m => m.RegionCode).HasMaxLength(15);
        builder.Property(m => m.Figure).HasMaxLength(50);
        builder.HasIndex(m => m.RegionCode).HasOperators("text_pattern_ops");
    }
}
