using System.Net;
using System.Net.Http.Json;
using Platform.Testing;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Volunteers.Teams;

namespace Platform.Volunteers.Tests;

public sealed class Working_in_teams(VolunteersFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Members_join_once_leave_and_may_join_again_but_the_leader_stays()
    {
        var leader = await fixture.Client.RegisterAsync();
        var member = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(leader.Id);
        var members = $"/api/volunteers/teams/{team.Id}/members";

        await (await fixture.Client.PostAsJsonAsync(members, new { volunteerId = member.Id }, Cancel)).ReadAsync<MembershipResponse>(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Client.PostAsJsonAsync(members, new { volunteerId = member.Id }, Cancel)).StatusCode);
        var left = await (await fixture.Client.DeleteAsync($"{members}/{member.Id}", Cancel)).ReadAsync<MembershipResponse>(HttpStatusCode.OK);
        Assert.NotNull(left.LeftAt);
        await (await fixture.Client.PostAsJsonAsync(members, new { volunteerId = member.Id }, Cancel)).ReadAsync<MembershipResponse>(HttpStatusCode.Created);
        await (await fixture.Client.DeleteAsync($"{members}/{leader.Id}", Cancel)).ProblemAsync(HttpStatusCode.Conflict, "volunteerId");
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.PostAsJsonAsync($"/api/volunteers/teams/{Guid.NewGuid()}/members", new { volunteerId = member.Id }, Cancel)).StatusCode);
    }

    [Theory]
    [InlineData("""{"name":"队","colour":"Purple","communityCode":"511603001001","leaderId":"00000000-0000-0000-0000-000000000001"}""", "colour")]
    [InlineData("""{"name":"队","colour":"SafetyBlue","communityCode":"511603001999","leaderId":"00000000-0000-0000-0000-000000000001"}""", "communityCode")]
    [InlineData("""{"name":"队","colour":"SafetyBlue","communityCode":"511603001001","leaderId":"00000000-0000-0000-0000-000000000001"}""", "leaderId")]
    [InlineData("""{"name":"队","colour":"SafetyBlue","communityCode":"511603001001"}""", "leaderId")]
    public async Task A_team_needs_a_colour_a_live_community_and_a_known_leader(string body, string field)
    {
        var before = await fixture.CountWritesAsync();

        var response = await fixture.Client.PostAsync("/api/volunteers/teams", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancel);

        await response.ProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task Teams_and_activities_are_listed_by_region_subtree()
    {
        var leader = await fixture.Client.RegisterAsync(community: VolunteersFixture.OtherCountyCommunity);
        var team = await fixture.Client.FormTeamAsync(leader.Id, VolunteersFixture.OtherCountyCommunity);

        var county = await fixture.Client.GetFromJsonAsync<Page<TeamResponse>>("/api/volunteers/teams?region=511602", Json.Options, Cancel);
        var street = await fixture.Client.GetFromJsonAsync<Page<TeamResponse>>("/api/volunteers/teams?region=511603001", Json.Options, Cancel);
        var activities = await fixture.Client.GetAsync("/api/volunteers/activities?region=511600&page=1&pageSize=5", Cancel);

        Assert.Contains(county!.Items, t => t.Id == team.Id);
        Assert.DoesNotContain(street!.Items, t => t.Id == team.Id);
        Assert.Equal(HttpStatusCode.OK, activities.StatusCode);
    }
}
