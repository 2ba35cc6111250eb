using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Volunteers;
using Platform.Messaging;
using Platform.Volunteers.Activities;
using Platform.Volunteers.Shared;
using Platform.Volunteers.Volunteers.Import;

namespace Platform.Volunteers.Tests;

public sealed class Importing_teams_and_activities(VolunteersFixture fixture)
{
    private const string Community = VolunteersFixture.Community;
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<ImportReport> ImportAsync(string resource, string csv) =>
        await (await fixture.Client.PostAsync($"/api/volunteers/{resource}/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Cancel))
            .ReadAsync<ImportReport>(HttpStatusCode.OK);

    [Fact]
    public async Task Teams_keep_their_ids_bad_rows_are_reported_and_a_second_import_writes_nothing()
    {
        var leader = await fixture.Client.RegisterAsync();
        var (team, other) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var csv = $"id,name,colour,communityCode,leaderId\n{team},导入的先锋红队,PioneerRed,{Community},{leader.Id}\n" +
            $"{other},坏颜色队,Purple,{Community},{leader.Id}\n,无队长队,SafetyBlue,{Community},{Guid.CreateVersion7()}\n" +
            $",外区队,SafetyBlue,511603001999,{leader.Id}\n";

        var report = await ImportAsync("teams", csv);
        var again = await ImportAsync("teams", csv);

        Assert.Equal((4, 1), (report.Rows, report.Imported));
        Assert.Equal(["2 colour", "3 leaderId", "4 communityCode"], report.Errors.Select(e => $"{e.Row} {e.Field}"));
        Assert.Equal(0, again.Imported);
        Assert.Contains(again.Errors, e => e is { Row: 1, Field: "id" });
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync($"/api/volunteers/teams/{team}", Cancel)).StatusCode);
        var formed = await fixture.OutboxMentioningAsync(team);
        Assert.Single(formed.Select(MessageTypes.Deserialize).OfType<TeamFormed>());
    }

    [Fact]
    public async Task A_past_activity_with_participants_is_recorded_completed_and_announced_once()
    {
        var team = await fixture.Client.FormTeamAsync((await fixture.Client.RegisterAsync()).Id);
        var (past, planned, future) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var header = "id,title,category,organiserTeamId,communityCode,startsAt,endsAt,capacity,participants\n";
        var csv = header +
            $"{past},治安巡逻（导入）,SecurityPatrol,{team.Id},{Community},2023-05-01T01:00:00Z,2023-05-01T03:00:00Z,20,12\n" +
            $"{planned},将来的活动,ChildCare,{team.Id},{Community},2099-05-01T01:00:00Z,2099-05-01T03:00:00Z,20,\n" +
            $"{future},将来却有人参加,ChildCare,{team.Id},{Community},2099-05-01T01:00:00Z,2099-05-01T03:00:00Z,20,5\n" +
            $",超员,ChildCare,{team.Id},{Community},2023-05-01T01:00:00Z,2023-05-01T03:00:00Z,5,6\n" +
            $",倒着的时间,ChildCare,{team.Id},{Community},2023-05-01T03:00:00Z,2023-05-01T01:00:00Z,5,\n";

        var report = await ImportAsync("activities", csv);
        var again = await ImportAsync("activities", header + csv.Split('\n')[1] + "\n");

        Assert.Equal((5, 2), (report.Rows, report.Imported));
        Assert.Equal(["3 participants", "4 participants", "5 endsAt"], report.Errors.Select(e => $"{e.Row} {e.Field}"));
        Assert.Equal((0, 1), (again.Imported, again.Rejected));
        var recorded = await fixture.InDbAsync(db => db.Activities.SingleAsync(a => a.Id == past, Cancel));
        Assert.Equal((ActivityStatus.Completed, recorded.EndsAt), (recorded.Status, recorded.CompletedAt!.Value));
        Assert.Equal(ActivityStatus.Open, (await fixture.InDbAsync(db => db.Activities.SingleAsync(a => a.Id == planned, Cancel))).Status);
        var completed = await fixture.OutboxMentioningAsync(past);
        Assert.Equal(12, Assert.Single(completed.Select(MessageTypes.Deserialize).OfType<ActivityCompleted>()).Participants);
    }

    [Fact]
    public async Task An_activity_import_without_its_columns_is_400_and_writes_nothing()
    {
        var before = await fixture.CountWritesAsync();

        var response = await fixture.Client.PostAsync("/api/volunteers/activities/import", new StringContent("title,category\n巡逻,SecurityPatrol\n", Encoding.UTF8, "text/csv"), Cancel);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "header");
        Assert.Contains("organiserTeamId", problem.Errors["header"][0], StringComparison.Ordinal);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }
}
