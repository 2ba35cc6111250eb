using System.Globalization;

namespace Platform.Web.Features.Charity;

/// <summary>
/// The API counts money in integer fen; people read and type yuan. Conversions are exact (decimal), and an amount with
/// more than two decimals is not silently rounded: it is refused.
/// </summary>
public static class Money
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>¥1,234.50 for 123450 fen; a negative amount as -¥1,234.50.</summary>
    public static string Yuan(long? fen) => fen is { } value ? (value / 100m).ToString("¥#,##0.00;-¥#,##0.00", Invariant) : "";

    /// <summary>The fen of an amount in yuan, or null when it has more than two decimals or does not fit.</summary>
    public static long? ToFen(decimal? yuan)
    {
        if (yuan is not { } value)
        {
            return null;
        }

        var fen = value * 100m;
        if (fen != decimal.Truncate(fen) || fen > long.MaxValue || fen < long.MinValue)
        {
            return null;
        }

        return (long)fen;
    }

    /// <summary>Reads what a person typed in yuan ("1,234.5", "¥12", "0.05") as fen; null when it is not an amount to the fen.</summary>
    public static long? ParseFen(string? text)
    {
        var cleaned = text?.Trim().TrimStart('¥', '￥').Replace(",", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Invariant, out var yuan) ? ToFen(yuan) : null;
    }
}
