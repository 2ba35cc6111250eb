using Platform.Web.Account;
using Platform.Web.Components.Layout;

namespace Platform.Web.Tests.Shared;

public sealed class Showing_who_is_signed_in : ComponentTest
{
    private static readonly ConsoleUser StreetOfficer = new("s-1", "王街道", ["street-officer"], "511603001", null);

    [Fact]
    public void The_badge_shows_name_role_and_the_regions_name_with_its_code_as_title()
    {
        var badge = Render<UserBadge>(ps => ps.Add(p => p.User, StreetOfficer).Add(p => p.RegionName, "大佛寺街道"));

        Assert.Equal("王街道", badge.Find("[data-testid=user-name]").TextContent);
        Assert.Equal("街道工作人员", badge.Find("[data-testid=user-role]").TextContent);
        Assert.Equal("大佛寺街道", badge.Find("[data-testid=user-region]").TextContent);
        Assert.Equal("511603001", badge.Find("[data-testid=user-region]").GetAttribute("title"));
    }

    [Fact]
    public void Until_the_regions_name_is_known_its_code_shows()
    {
        var badge = Render<UserBadge>(ps => ps.Add(p => p.User, StreetOfficer));

        Assert.Equal("511603001", badge.Find("[data-testid=user-region]").TextContent);
    }

    [Fact]
    public void An_auditor_may_read_the_audit_but_write_nothing()
    {
        var auditor = StreetOfficer with { Roles = ["auditor"] };

        Assert.True(auditor.MayUseConsole);
        Assert.True(auditor.MayReadAudit);
        Assert.False(auditor.MayWrite);
    }
}

public sealed class Showing_who_is_signed_in_in_english() : ComponentTest("en")
{
    [Fact]
    public void The_role_is_in_english()
    {
        var badge = Render<UserBadge>(ps => ps.Add(p => p.User, new ConsoleUser("c-1", "Li", ["community-worker"], "511603001001", null)));

        Assert.Equal("Community worker", badge.Find("[data-testid=user-role]").TextContent);
    }
}
