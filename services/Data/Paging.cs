using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Http;

namespace Platform.Data;

/// <summary>
/// Paging from the query string, the same in every service (docs/api.md, section 2). Checked by hand: DataAnnotations
/// on an [AsParameters] record break the OpenAPI document in .NET 10. The names are given so that the document shows them
/// camelCase, as they are bound.
/// </summary>
public sealed record PageRequest([FromQuery(Name = "page")] int? Page, [FromQuery(Name = "pageSize")] int? PageSize)
{
    public const int DefaultPageSize = PagingLimits.DefaultPageSize;
    public const int MaxPageSize = PagingLimits.MaxPageSize;

    public int Number => Page ?? 1;
    public int Size => PageSize ?? DefaultPageSize;

    public Dictionary<string, string[]> Check()
    {
        var errors = new Dictionary<string, string[]>();
        if (Page < 1)
        {
            errors["page"] = ["Pages are numbered from 1."];
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"A page holds 1 to {MaxPageSize} items."];
        }

        return errors;
    }
}

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public Page<TOut> Map<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Total, PageNumber, PageSize);
}

public static class PagingExtensions
{
    /// <summary>One page of <paramref name="query"/>, which must already be in its stable order (ending in the id).</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((page.Number - 1) * page.Size).Take(page.Size).ToListAsync(cancellationToken);
        return new Page<T>(items, total, page.Number, page.Size);
    }
}
