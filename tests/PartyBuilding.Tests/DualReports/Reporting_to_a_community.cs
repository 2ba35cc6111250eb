using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.PartyBuilding;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.PartyBuilding.DualReports;
using Platform.PartyBuilding.Members;
using Platform.PartyBuilding.Regions;
using Platform.PersonalData;

namespace Platform.PartyBuilding.Tests.DualReports;

public sealed class Reporting_to_a_community(PartyFixture fixture)
{
    private static int _serial;

    private static string NewResidentId()
    {
        var first17 = $"51160219850101{Interlocked.Increment(ref _serial) % 1000:000}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    private async Task<(MemberResponse Member, string Id)> RegisterAsync()
    {
        var id = NewResidentId();
        var member = await (await fixture.PostAsync("/api/party/members", new { name = "李党员", residentIdNumber = id, phone = "13812345678" }))
            .ReadAsync<MemberResponse>(HttpStatusCode.Created);
        return (member, id);
    }

    [Fact]
    public async Task A_member_is_stored_encrypted_and_shown_masked()
    {
        var (member, id) = await RegisterAsync();

        Assert.Equal($"{id[..4]}**********{id[^4..]}", member.ResidentIdNumber);
        Assert.Equal("138****5678", member.Phone);
        var stored = await fixture.InDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(id, Encoding.UTF8.GetString(stored.ResidentIdCipher), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("511602198501019999", HttpStatusCode.BadRequest)]
    [InlineData("51160219850101", HttpStatusCode.BadRequest)]
    [InlineData("DUPLICATE", HttpStatusCode.Conflict)]
    public async Task A_bad_or_duplicate_resident_id_is_a_problem_naming_it_and_writes_nothing(string id, HttpStatusCode status)
    {
        if (id == "DUPLICATE")
        {
            id = (await RegisterAsync()).Id.ToLowerInvariant();
        }

        var before = await fixture.CountWritesAsync();
        var response = await fixture.PostAsync("/api/party/members", new { name = "重复", residentIdNumber = id });

        Assert.Contains("residentIdNumber", (await response.ProblemFieldsAsync(status)).Keys);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_second_active_report_is_409_and_a_withdrawal_keeps_history()
    {
        var (member, id) = await RegisterAsync();
        var first = await (await fixture.PostAsync($"/api/party/members/{member.Id}/reports", new { communityCode = "511603001011" }))
            .ReadAsync<DualReportResponse>(HttpStatusCode.Created);
        var before = await fixture.CountWritesAsync();

        var second = await fixture.PostAsync($"/api/party/members/{member.Id}/reports", new { communityCode = "511603001012" });
        var notACommunity = await fixture.PostAsync($"/api/party/members/{member.Id}/reports", new { communityCode = "511603001999" });

        Assert.Contains("memberId", (await second.ProblemFieldsAsync(HttpStatusCode.Conflict)).Keys);
        Assert.Contains("communityCode", (await notACommunity.ProblemFieldsAsync(HttpStatusCode.BadRequest)).Keys);
        Assert.Equal(before, await fixture.CountWritesAsync());

        var stale = await fixture.PostAsync($"/api/party/dual-reports/{first.Id}/withdrawal", new { version = first.Version + 1 });
        Assert.Contains("version", (await stale.ProblemFieldsAsync(HttpStatusCode.Conflict)).Keys);
        Assert.Equal(before, await fixture.CountWritesAsync());
        var withdrawn = await (await fixture.PostAsync($"/api/party/dual-reports/{first.Id}/withdrawal", new { version = first.Version }))
            .ReadAsync<DualReportResponse>(HttpStatusCode.OK);
        Assert.Equal((1, 2), (first.Version, withdrawn.Version));
        await (await fixture.PostAsync($"/api/party/members/{member.Id}/reports", new { communityCode = "511603001012" }))
            .ReadAsync<DualReportResponse>(HttpStatusCode.Created);

        var history = await (await fixture.Client.GetAsync($"/api/party/dual-reports?memberId={member.Id}", TestContext.Current.CancellationToken))
            .ReadAsync<Page<DualReportResponse>>(HttpStatusCode.OK);
        Assert.Equal(2, history.Total);
        Assert.Single(history.Items, r => r.WithdrawnAt is null);
        var reported = await fixture.EventsAsync<PartyMemberReported>(e => e.MemberId == member.Id);
        Assert.Equal(2, reported.Count);
        Assert.Equal((id, "511603001011"), (reported[0].ResidentIdNumber, reported[0].CommunityCode));
        Assert.Equal(first.Id, Assert.Single(await fixture.EventsAsync<PartyMemberWithdrawn>(e => e.MemberId == member.Id)).ReportId);

        var subtree = await (await fixture.Client.GetAsync("/api/party/regions/511603001012/subtree", TestContext.Current.CancellationToken))
            .ReadAsync<SubtreeResponse>(HttpStatusCode.OK);
        Assert.True(subtree.MembersReported >= 1);
    }
}
