using Platform.Charity.Lottery;

namespace Platform.Charity.Tests.Rules;

/// <summary>A split of any amount by any ratio conserves every fen, and the remainder goes to the collective account.</summary>
public sealed class Splitting_lottery_revenue
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_amount_and_any_ratio_conserve_every_fen_and_the_fund_gets_the_floor(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 20_000; i++)
        {
            var revenue = random.Next(4) switch
            {
                0 => random.NextInt64(0, 100),
                1 => random.NextInt64(0, 100_000_000),
                2 => random.NextInt64(0, long.MaxValue),
                _ => long.MaxValue - random.NextInt64(0, 10),
            };
            var percent = random.Next(10) == 0 ? random.Next(2) * 100m : random.Next(0, 10_001) / 100m;

            var split = RevenueSplit.Of(revenue, percent);

            Assert.Equal(revenue, split.FundShareFen + split.CollectiveShareFen);
            Assert.InRange(split.FundShareFen, 0, revenue);
            // floor(revenue × percent / 100), computed without rounding: fund × 10,000 ≤ revenue × bp < (fund + 1) × 10,000.
            var exact = (Int128)revenue * (long)(percent * 100);
            Assert.True((Int128)split.FundShareFen * 10_000 <= exact && exact < ((Int128)split.FundShareFen + 1) * 10_000,
                $"{revenue} fen at {percent}% gave the fund {split.FundShareFen}");
        }
    }

    [Theory]
    [InlineData(101, 33.33, 33, 68)]
    [InlineData(1, 50, 0, 1)]
    [InlineData(99, 100, 99, 0)]
    [InlineData(12_345, 0, 0, 12_345)]
    [InlineData(1_000_000, 12.5, 125_000, 875_000)]
    public void The_fraction_of_a_fen_goes_to_the_collective_account(long revenue, double percent, long fund, long collective) =>
        Assert.Equal(new RevenueSplit(fund, collective), RevenueSplit.Of(revenue, (decimal)percent));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    [InlineData(12.345)]
    public void A_ratio_outside_0_to_100_or_finer_than_a_hundredth_is_refused(double percent) =>
        Assert.NotNull(RevenueSplit.RatioProblem((decimal)percent));
}
