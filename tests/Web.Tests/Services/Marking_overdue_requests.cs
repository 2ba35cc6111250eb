using Platform.Web.Features.Services;

namespace Platform.Web.Tests.Services;

public sealed class Marking_overdue_requests : ComponentTest
{
    [Fact]
    public void An_overdue_request_is_marked_in_words_and_with_an_icon_not_colour_alone()
    {
        var marker = Render<OverdueMarker>(ps => ps.Add(p => p.Overdue, true));

        var chip = marker.Find("[data-testid=overdue]");
        Assert.Equal("已超期", chip.TextContent.Trim());
        Assert.NotNull(chip.QuerySelector("svg"));
    }

    [Fact]
    public void A_request_within_its_deadline_has_no_marker()
    {
        var marker = Render<OverdueMarker>(ps => ps.Add(p => p.Overdue, false));

        Assert.Empty(marker.FindAll("[data-testid=overdue]"));
    }
}

public sealed class Marking_overdue_requests_in_english() : ComponentTest("en")
{
    [Fact]
    public void The_marker_says_overdue()
    {
        var marker = Render<OverdueMarker>(ps => ps.Add(p => p.Overdue, true));

        Assert.Equal("Overdue", marker.Find("[data-testid=overdue]").TextContent.Trim());
    }
}
