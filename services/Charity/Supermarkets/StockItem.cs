namespace Platform.Charity.Supermarkets;

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
