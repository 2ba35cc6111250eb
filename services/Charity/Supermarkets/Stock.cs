namespace Platform.Charity.Supermarkets;

/// <summary>
/// Stock moves by single conditional UPDATEs, so concurrent redemptions cannot oversell: a reservation takes items
/// only where enough are available, atomically, and the check constraint backs it up.
/// </summary>
public static class Stock
{
    /// <summary>Adds donated items, creating the item at its price the first time (the price of an existing item stays).</summary>
    public static Task AddStockAsync(this CharityDb db, Guid supermarketId, string name, long pointsPrice, int quantity, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO stock_items (id, supermarket_id, name, points_price, available)
            VALUES ({Guid.CreateVersion7()}, {supermarketId}, {name}, {pointsPrice}, {quantity})
            ON CONFLICT (supermarket_id, name) DO UPDATE SET available = stock_items.available + excluded.available
            """, cancellationToken);

    /// <summary>Takes <paramref name="quantity"/> items if that many are available; false when they are not.</summary>
    public static async Task<bool> TryReserveStockAsync(this CharityDb db, Guid itemId, int quantity, CancellationToken cancellationToken) =>
        await db.StockItems.Where(s => s.Id == itemId && s.Available >= quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Available, i => i.Available - quantity), cancellationToken) == 1;

    public static Task ReleaseStockAsync(this CharityDb db, Guid itemId, int quantity, CancellationToken cancellationToken) =>
        db.StockItems.Where(s => s.Id == itemId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Available, i => i.Available + quantity), cancellationToken);
}
