namespace Platform.Charity.Lottery;

/// <summary>
/// How a community's lottery revenue is shared, exactly to the fen. The ratio is the charity fund's share as a
/// percentage with at most two decimals (0–100). The remainder rule: the fund gets
/// <c>floor(revenue × percent / 100)</c> fen, and the collective economy account gets the rest, so any fraction of a
/// fen goes to the collective account and the two shares always add up to the revenue.
/// </summary>
public readonly record struct RevenueSplit(long FundShareFen, long CollectiveShareFen)
{
    public static RevenueSplit Of(long revenueFen, decimal fundSharePercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(revenueFen);
        if (RatioProblem(fundSharePercent) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(fundSharePercent), problem);
        }

        // Basis points (1/100 of a percent) are exact integers; Int128 keeps revenue × 10,000 from overflowing.
        var basisPoints = (long)(fundSharePercent * 100m);
        var fund = (long)((Int128)revenueFen * basisPoints / 10_000);
        return new RevenueSplit(fund, revenueFen - fund);
    }

    /// <summary>Why a ratio cannot be used, or null when it can.</summary>
    public static string? RatioProblem(decimal percent) =>
        percent is < 0m or > 100m ? "The fund's share is a percentage from 0 to 100."
        : decimal.Round(percent, 2) != percent ? "The fund's share has at most two decimals."
        : null;
}
