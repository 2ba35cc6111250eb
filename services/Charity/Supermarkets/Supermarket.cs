using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Charity;

namespace Platform.Charity.Supermarkets;

/// <summary>A charity supermarket (慈善超市) of a community, stocked by goods donations and spent from with love points.</summary>
public sealed class Supermarket
{
    private Supermarket()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public string CommunityCode { get; private init; } = "";
    public DateTimeOffset OpenedAt { get; private init; }

    public static Supermarket Open(string name, string communityCode, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), Name = name.Trim(), CommunityCode = communityCode, OpenedAt = now };

    public SupermarketOpened Opened() => new(Id, Name, CommunityCode, OpenedAt);
}

/// <summary>An item on a supermarket's shelf: how many are available (not reserved by a pending redemption) and its price in points.</summary>
public sealed class StockItem
{
    private StockItem()
    {
    }

    public Guid Id { get; private init; }
    public Guid SupermarketId { get; private init; }
    public string Name { get; private init; } = "";
    public long PointsPrice { get; private init; }
    public int Available { get; private init; }
}

public sealed record StockItemResponse(Guid Id, string Name, long PointsPrice, int Available);

public sealed record SupermarketResponse(Guid Id, string Name, string CommunityCode, DateTimeOffset OpenedAt, IReadOnlyList<StockItemResponse> Stock);

internal static class SupermarketMapping
{
    public static SupermarketResponse ToResponse(this Supermarket s, IEnumerable<StockItem> stock) =>
        new(s.Id, s.Name, s.CommunityCode, s.OpenedAt, [.. stock.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => new StockItemResponse(i.Id, i.Name, i.PointsPrice, i.Available))]);
}

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

internal sealed class StockItemConfiguration : IEntityTypeConfiguration<StockItem>
{
    public void Configure(EntityTypeBuilder<StockItem> builder)
    {
        // The check is the last word against overselling: no update may leave a negative count.
        builder.ToTable("stock_items", t =>
        {
            t.HasCheckConstraint("ck_stock_items_available", "available >= 0");
            t.HasCheckConstraint("ck_stock_items_price", "points_price > 0");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasOne<Supermarket>().WithMany().HasForeignKey(s => s.SupermarketId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.SupermarketId, s.Name }).IsUnique();
    }
}
