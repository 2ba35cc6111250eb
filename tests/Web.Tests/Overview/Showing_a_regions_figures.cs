using Platform.Clients.Reporting.Models;
using Platform.Web.Features.Overview;

namespace Platform.Web.Tests.Overview;

public sealed class Showing_a_regions_figures : ComponentTest
{
    private static readonly RegionOverview City = new()
    {
        RegionCode = "511600", Name = "广安市", RegisteredVolunteers = 540_123, VolunteerTeams = 2641, DonationsRaisedFen = 300_000_050,
    };

    [Fact]
    public void Every_figure_of_the_city_report_is_shown_with_its_chinese_label()
    {
        var cards = Render<FigureCards>(ps => ps.Add(p => p.Overview, City));

        Assert.Equal(OverviewFigures.All.Count, cards.FindAll("[data-testid^=figure-]").Count);
        var volunteers = cards.Find("[data-testid=figure-registeredVolunteers]").TextContent;
        Assert.Contains("注册志愿者", volunteers, StringComparison.Ordinal);
        Assert.Contains("540,123", volunteers, StringComparison.Ordinal);
        Assert.Contains("2,641", cards.Find("[data-testid=figure-volunteerTeams]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Donations_are_shown_in_yuan_from_the_fen_the_api_counts_in()
    {
        var cards = Render<FigureCards>(ps => ps.Add(p => p.Overview, City));

        Assert.Contains("3,000,000.50", cards.Find("[data-testid=figure-donationsRaisedFen]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_the_api_left_out_reads_as_zero()
    {
        var cards = Render<FigureCards>(ps => ps.Add(p => p.Overview, new RegionOverview { RegionCode = "511603" }));

        Assert.Contains("0", cards.Find("[data-testid=figure-charitySupermarkets]").TextContent, StringComparison.Ordinal);
    }
}
