using Microsoft.Extensions.Options;
using Platform.Contracts.Volunteers;
using Platform.Volunteers.Points;

namespace Platform.Volunteers.Tests.Rules;

public sealed class Earning_points
{
    private static PointsRates Rates(params (string Category, long Rate)[] rates)
    {
        var options = new PointsRatesOptions();
        foreach (var (category, rate) in rates)
        {
            options[category] = rate;
        }

        return new PointsRates(new StaticOptions(options));
    }

    [Fact]
    public void A_category_rate_applies_to_its_category_and_the_default_to_the_others()
    {
        var rates = Rates(("Default", 12), ("ChildCare", 30));

        Assert.Equal(60, rates.PointsFor(ActivityCategory.ChildCare, 120));
        Assert.Equal(24, rates.PointsFor(ActivityCategory.SecurityPatrol, 120));
    }

    [Fact]
    public void Without_configuration_an_hour_earns_10_points_and_part_hours_round_down() =>
        Assert.Equal(14, Rates().PointsFor(ActivityCategory.Other, 89));

    private sealed class StaticOptions(PointsRatesOptions value) : IOptionsMonitor<PointsRatesOptions>
    {
        public PointsRatesOptions CurrentValue => value;
        public PointsRatesOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<PointsRatesOptions, string?> listener) => null;
    }
}
