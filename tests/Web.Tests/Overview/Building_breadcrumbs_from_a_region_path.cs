using Platform.Web.Features.Overview;

namespace Platform.Web.Tests.Overview;

public sealed class Building_breadcrumbs_from_a_region_path : ComponentTest
{
    [Theory]
    [InlineData("511600", "511600")]
    [InlineData("511603", "511600,511603")]
    [InlineData("511603001", "511600,511603,511603001")]
    [InlineData("511603001001", "511600,511603,511603001,511603001001")]
    [InlineData("511603001001501", "511600,511603,511603001,511603001001,511603001001501")]
    public void A_codes_ancestry_is_read_from_its_digits(string code, string ancestry) =>
        Assert.Equal(ancestry.Split(','), RegionCodes.Ancestry(code));

    [Fact]
    public void The_trail_starts_at_the_users_own_region_not_above_it() =>
        Assert.Equal(["511603001", "511603001001"], RegionCodes.Trail("511603001001", "511603001"));

    [Fact]
    public void A_region_outside_the_users_own_is_a_trail_of_itself() =>
        Assert.Equal(["511602001"], RegionCodes.Trail("511602001", "511603001"));

    [Fact]
    public void Every_step_links_to_its_overview_and_the_last_is_marked_as_the_current_page()
    {
        var crumbs = Render<RegionBreadcrumbs>(ps => ps.Add(p => p.Trail, [("511603001", "大佛寺街道"), ("511603001001", "龙镇社区")]));

        var link = crumbs.Find("a[href='/overview/511603001']");
        Assert.Contains("大佛寺街道", link.TextContent, StringComparison.Ordinal);
        Assert.Equal("龙镇社区", crumbs.Find("[aria-current=page]").TextContent);
        Assert.Null(link.GetAttribute("aria-current"));
    }

    [Fact]
    public void The_region_tree_links_its_steps_to_region_pages()
    {
        var crumbs = Render<RegionBreadcrumbs>(ps => ps
            .Add(p => p.Trail, [("511603001", "大佛寺街道"), ("511603001001", "龙镇社区")])
            .Add(p => p.HrefPrefix, "/regions/"));

        Assert.NotNull(crumbs.Find("a[href='/regions/511603001']"));
    }
}
