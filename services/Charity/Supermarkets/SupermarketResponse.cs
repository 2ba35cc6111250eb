namespace Platform.Charity.Supermarkets;

public sealed record StockItemResponse(Guid Id, string Name, long PointsPrice, int Available);

public sealed record SupermarketResponse(Guid Id, string Name, string CommunityCode, DateTimeOffset OpenedAt, IReadOnlyList<StockItemResponse> Stock);

internal static class SupermarketMapping
{
    public static SupermarketResponse ToResponse(this Supermarket s, IEnumerable<StockItem> stock) =>
        new(s.Id, s.Name, s.CommunityCode, s.OpenedAt, [.. stock.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => new StockItemResponse(i.Id, i.Name, i.PointsPrice, i.Available))]);
}
