using Platform.Clients.Reporting.Models;
using Platform.Web.Features.Overview;

namespace Platform.Web.Tests.Overview;

public sealed class Charting_monthly_trends : ComponentTest
{
    private static MonthFigures Month(string month, params (string Figure, long Value)[] figures)
    {
        var values = new MonthFigures_figures();
        foreach (var (figure, value) in figures)
        {
            values.AdditionalData[figure] = value;
        }

        return new MonthFigures { Month = month, Figures = values };
    }

    private static Trends Trends() => new()
    {
        RegionCode = "511603001",
        Months = [Month("2026-10", ("activitiesCompleted", 4), ("serviceBeneficiaries", 120)), Month("2026-11", ("activitiesCompleted", 7))],
    };

    [Fact]
    public void Each_charted_figure_is_a_series_over_the_months_with_a_month_missing_a_figure_as_zero()
    {
        var series = TrendSeries.From(Trends(), TrendSeries.Charted);

        Assert.Equal(["2026-10", "2026-11"], series.Months);
        Assert.Equal([4L, 7L], series.Values["activitiesCompleted"]);
        Assert.Equal([120L, 0L], series.Values["serviceBeneficiaries"]);
        Assert.Equal(TrendSeries.Charted.Count, series.Series(f => f).Count);
    }

    [Fact]
    public void The_same_numbers_are_a_table_with_a_header_per_figure_for_screen_readers()
    {
        var chart = Render<TrendsChart>(ps => ps.Add(p => p.Trends, Trends()));
        chart.FindAll("[role=tab]")[1].Click();

        var table = chart.Find("[data-testid=trends-table]");
        Assert.Contains("完成志愿服务活动", table.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, table.QuerySelectorAll("tbody th[scope=row]").Length);
    }

    [Fact]
    public void No_months_says_so_instead_of_an_empty_chart()
    {
        var chart = Render<TrendsChart>(ps => ps.Add(p => p.Trends, new Trends { RegionCode = "511603001", Months = [] }));

        Assert.NotNull(chart.Find("[data-testid=trends-empty]"));
    }
}
