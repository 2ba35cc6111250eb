using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace Platform.Volunteers.Http;

public sealed record PageRequest([Range(1, int.MaxValue)] int? Page, [Range(1, 200)] int? PageSize)
{
    public int Number => Page ?? 1;
    public int Size => PageSize ?? 20;
}

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public Page<TOut> Map<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Total, PageNumber, PageSize);
}

internal static class PagingExtensions
{
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((page.Number - 1) * page.Size).Take(page.Size).ToListAsync(cancellationToken);
        return new Page<T>(items, total, page.Number, page.Size);
    }
}
