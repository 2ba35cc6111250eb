using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace Platform.PartyBuilding.Common;

/// <summary>One page of a list, with the total number of matching items.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

public sealed record PageQuery
{
    [Range(1, 100_000)] public int? Page { get; init; }
    [Range(1, 500)] public int? PageSize { get; init; }

    public int Number => Page ?? 1;
    public int Size => PageSize ?? 50;
}

internal static class Paging
{
    public static async Task<Page<TResult>> ToPageAsync<T, TResult>(
        this IQueryable<T> query, PageQuery page, Func<T, TResult> map, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((page.Number - 1) * page.Size).Take(page.Size).ToListAsync(cancellationToken);
        return new Page<TResult>(items.Select(map).ToList(), total, page.Number, page.Size);
    }
}
