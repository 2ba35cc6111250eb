using System.Linq.Expressions;

namespace Platform.Data;

public static class DateRangeFilter
{
    /// <summary>The records whose instant <paramref name="at"/> falls on the city days of <paramref name="range"/>.</summary>
    public static IQueryable<T> Within<T>(this IQueryable<T> query, DateRange range, Expression<Func<T, DateTimeOffset>> at)
    {
        if (range.StartsAt is { } start)
        {
            query = query.Where(Compare(at, start, Expression.GreaterThanOrEqual));
        }

        return range.EndsBefore is { } end ? query.Where(Compare(at, end, Expression.LessThan)) : query;
    }

    private static Expression<Func<T, bool>> Compare<T>(
        Expression<Func<T, DateTimeOffset>> at, DateTimeOffset bound, Func<Expression, Expression, BinaryExpression> comparison)
    {
        // Read from a closure, not a constant, so EF Core sends the bound as a parameter and reuses the query plan.
        var holder = new Bound(bound);
        return Expression.Lambda<Func<T, bool>>(
            comparison(at.Body, Expression.Property(Expression.Constant(holder), nameof(Bound.Value))), at.Parameters);
    }

    private sealed record Bound(DateTimeOffset Value);
}
