using Platform.Clients.Party.Models;
using Platform.Web.Features.Regions;

namespace Platform.Web.Tests.Regions;

public sealed class Showing_a_subtree_and_a_compound : ComponentTest
{
    [Fact]
    public void Subtree_counts_are_labelled_in_chinese_by_level_category_and_kind()
    {
        var regions = new SubtreeResponse_regions();
        regions.AdditionalData["Community"] = 4;
        var categories = new SubtreeResponse_compoundsByCategory();
        categories.AdditionalData["OldCompound"] = 3;
        var organisations = new SubtreeResponse_organisations();
        organisations.AdditionalData["GridBranch"] = 9;
        var subtree = new SubtreeResponse
        {
            Regions = regions, CompoundsByCategory = categories, Organisations = organisations, Committees = new SubtreeResponse_committees(),
            PilotCompounds = 2, MembersReported = 8, GovernanceCentres = 1,
        };

        var figures = Render<SubtreeFigures>(ps => ps.Add(p => p.Subtree, subtree));

        Assert.Contains("社区", figures.Find("[data-testid='subtree-Level.Community']").TextContent, StringComparison.Ordinal);
        Assert.Contains("老旧小区", figures.Find("[data-testid='subtree-Category.OldCompound']").TextContent, StringComparison.Ordinal);
        Assert.Contains("9", figures.Find("[data-testid='subtree-OrgKind.GridBranch']").TextContent, StringComparison.Ordinal);
        Assert.Contains("8", figures.Find("[data-testid=subtree-MembersReported]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compounds_profile_shows_its_category_and_committee_in_words()
    {
        var profile = Render<CompoundProfile>(ps => ps.Add(p => p.Compound, new CompoundResponse
        {
            Code = "511603001003501", Category = CompoundCategory.Resettlement, Pilot = false, Committee = CompoundCommittee.OwnersCommittee,
            PropertyCompany = "广安光明物业服务有限公司",
        }));

        Assert.Equal("安置小区", profile.Find("[data-testid=compound-category]").TextContent.Trim());
        Assert.Contains("业主委员会", profile.Markup, StringComparison.Ordinal);
        Assert.Contains("广安光明物业服务有限公司", profile.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_community_holds_grids_and_compounds_and_those_hold_nothing()
    {
        Assert.Equal([RegionLevel.Grid, RegionLevel.Compound], RegionLevels.Below(RegionLevel.Community));
        Assert.Empty(RegionLevels.Below(RegionLevel.Compound));
        Assert.False(RegionLevels.ItemOf(new RegionResponse { Code = "511603001001001", Level = RegionLevel.Grid }, "第1网格").Expandable);
    }
}
