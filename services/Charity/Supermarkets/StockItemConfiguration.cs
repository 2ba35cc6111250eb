namespace Platform.Charity.Supermarkets;

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
