using Platform.Contracts.Charity;
using Platform.Contracts.Incubation;
using Platform.Contracts.Volunteers;
using Platform.Reporting.Compliance;
using static Platform.Reporting.Tests.ReportingFixture;

namespace Platform.Reporting.Tests;

public sealed class Meeting_1257N(ReportingFixture fixture)
{
    [Fact]
    public async Task A_community_with_every_element_complies_and_losing_a_social_worker_makes_it_fall_short_by_exactly_that()
    {
        var now = DateTimeOffset.UtcNow;
        var room = Guid.NewGuid();
        var (keptWorker, leavingWorker) = (Guid.NewGuid(), Guid.NewGuid());
        var events = new List<object>
        {
            new SocialWorkRoomOpened(room, OtherCommunity, now),
            new SocialWorkerAssigned(keptWorker, room, OtherCommunity, SocialWorkerLevel.Intermediate, now),
            new SocialWorkerAssigned(leavingWorker, room, OtherCommunity, SocialWorkerLevel.Assistant, now),
            new LotteryOutletRegistered(Guid.NewGuid(), "永前福彩销售点", OtherCommunity, 40m, now),
        };
        events.AddRange(Enumerable.Range(1, 5).Select(i =>
            new OrganisationFiled(Guid.NewGuid(), $"永前社区社会组织 {i}", OrganisationKind.CommunitySocialOrganisation, OtherCommunity, $"BA-{i}", null, now)));
        events.AddRange(Enumerable.Range(1, 7).Select(i =>
            new TeamFormed(Guid.NewGuid(), $"志愿服务队 {i}", (TeamColour)(1 + (i % 5)), OtherCommunity, Guid.NewGuid(), now)));
        var before = await fixture.Client.ComplianceAsync(Street);
        Assert.Contains(before.ShortOf, c => c.CommunityCode == OtherCommunity);

        await fixture.ApplyAsync(Street, [.. events]);

        var compliant = await fixture.Gateway.ComplianceAsync(Street);
        Assert.DoesNotContain(compliant.ShortOf, c => c.CommunityCode == OtherCommunity);
        Assert.Equal(before.CompliantCommunities + 1, compliant.CompliantCommunities);
        Assert.Equal((decimal)compliant.CompliantCommunities / compliant.Communities, compliant.CompliantShare, 4);

        await fixture.ApplyAsync(Street, new SocialWorkerUnassigned(leavingWorker, room, OtherCommunity, now.AddMinutes(1)));

        var shortOf = (await fixture.Gateway.ComplianceAsync(Street)).ShortOf.Single(c => c.CommunityCode == OtherCommunity);
        Assert.Equal(["social workers: 1 of 2"], shortOf.Missing);
        Assert.Equal(1, shortOf.Has.SocialWorkers);
    }

    [Fact]
    public async Task A_community_that_has_nothing_lacks_all_five_elements()
    {
        var community = (await fixture.Client.ComplianceAsync(OtherCounty)).ShortOf.Single(c => c.CommunityCode == OtherCountyCommunity);
        Assert.Equal(
            ["social work room: 0 of 1", "social workers: 0 of 2", "filed community social organisations: 0 of 5", "volunteer teams: 0 of 7", "charity resources: 0 of 1"],
            community.Missing);
    }
}
