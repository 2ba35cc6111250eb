using Platform.Clients.Reporting.Models;
using Platform.Web.Features.Overview;

namespace Platform.Web.Tests.Overview;

public sealed class Ranking_communities_by_1257N : ComponentTest
{
    private static readonly (string, string)[] Communities =
        [("511603001001", "龙镇社区"), ("511603001002", "永前社区"), ("511603001003", "鼎屏社区")];

    private static RegionCompliance Compliance() => new()
    {
        RegionCode = "511603001",
        ShortOf =
        [
            new CommunityCompliance { CommunityCode = "511603001001", Name = "龙镇社区", Missing = ["social workers: 1 of 2", "volunteer teams: 3 of 7"] },
            new CommunityCompliance { CommunityCode = "511603001003", Name = "鼎屏社区", Missing = ["charity resources: 0 of 1"] },
        ],
    };

    [Fact]
    public void Communities_meeting_more_elements_rank_higher_and_those_not_short_of_anything_are_compliant()
    {
        var ranking = Ranking1257N.Rank(Communities, Compliance());

        Assert.Equal(["511603001002", "511603001003", "511603001001"], ranking.Select(r => r.Code));
        Assert.Equal([1, 2, 3], ranking.Select(r => r.Rank));
        Assert.True(ranking[0].Compliant);
        Assert.Equal(3, ranking[2].ElementsMet);
    }

    [Fact]
    public void Communities_lacking_as_many_elements_share_a_rank()
    {
        var ranking = Ranking1257N.Rank([("511603001002", "永前社区"), ("511603001004", "书香社区")], Compliance());

        Assert.All(ranking, r => Assert.Equal(1, r.Rank));
    }

    [Fact]
    public void What_a_community_lacks_is_read_into_elements_and_an_unknown_sentence_is_kept_as_it_came()
    {
        var missing = Ranking1257N.Read(["social workers: 1 of 2", "something new"]);

        Assert.Equal(new MissingElement("SocialWorkers", 1, 2, true), missing[0]);
        Assert.Equal(new MissingElement("something new", 0, 0, false), missing[1]);
    }

    [Fact]
    public void A_ranking_row_shows_in_chinese_what_the_community_is_missing_and_links_to_its_overview()
    {
        var table = Render<ComplianceRanking>(ps => ps.Add(p => p.Rows, Ranking1257N.Rank(Communities, Compliance())));

        var last = table.FindAll("[data-testid=ranking-missing]")[2].TextContent;
        Assert.Contains("持证社工：1/2", last, StringComparison.Ordinal);
        Assert.Contains("志愿服务队：3/7", last, StringComparison.Ordinal);
        Assert.Contains("已达标", table.FindAll("[data-testid=ranking-missing]")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("/overview/511603001002", table.FindAll("[data-testid=ranking-community]")[0].GetAttribute("href"));
    }
}
