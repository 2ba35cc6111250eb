using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Contracts.Volunteers;
using Platform.Messaging;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Activities;
using Platform.Volunteers.Points;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Tests;

public sealed class Importing_attendance(VolunteersFixture fixture)
{
    private const string Header = "activityId,volunteerId,minutes\n";
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> ImportAsync(string csv, HttpClient? client = null) =>
        (client ?? fixture.Client).PostAsync("/api/volunteers/activities/attendance/import", new StringContent(Header + csv, Encoding.UTF8, "text/csv"), Cancel);

    /// <summary>A patrol of two hours in May 2023 (10 points an hour by default), recorded completed by the activity import.</summary>
    private async Task<(Guid Activity, Guid First, Guid Second)> PastPatrolAsync()
    {
        var (first, second) = ((await fixture.Client.RegisterAsync()).Id, (await fixture.Client.RegisterAsync()).Id);
        var team = await fixture.Client.FormTeamAsync(first);
        var activity = Guid.CreateVersion7();
        var csv = "id,title,category,organiserTeamId,communityCode,startsAt,endsAt,capacity,participants\n" +
            $"{activity},治安巡逻（导入）,SecurityPatrol,{team.Id},{VolunteersFixture.Community},2023-05-01T01:00:00Z,2023-05-01T03:00:00Z,2,2\n";
        (await fixture.Client.PostAsync("/api/volunteers/activities/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Cancel)).EnsureSuccessStatusCode();
        return (activity, first, second);
    }

    [Fact]
    public async Task Participants_get_confirmed_hours_and_points_once_and_one_event_sums_the_activity()
    {
        var (activity, first, second) = await PastPatrolAsync();
        var csv = $"{activity},{first},120\n{activity},{second},90\n";

        var imported = await (await ImportAsync(csv)).ReadAsync<AttendanceImportResult>(HttpStatusCode.OK);
        var again = await (await ImportAsync(csv)).ReadAsync<AttendanceImportResult>(HttpStatusCode.OK);

        Assert.Equal(new AttendanceImportResult(2, 0, 1, 210, 35), imported);
        Assert.Equal(new AttendanceImportResult(0, 2, 0, 0, 0), again);
        var statement = await (await fixture.Client.GetAsync($"/api/volunteers/volunteers/{first}/points", Cancel)).ReadAsync<PointsStatementResponse>(HttpStatusCode.OK);
        Assert.Equal(20, statement.Balance);
        Assert.Equal(2, await fixture.InDbAsync(db => db.HoursConfirmations.CountAsync(h => h.ActivityId == activity, Cancel)));
        Assert.Equal(2, await fixture.InDbAsync(db => db.Activities.Where(a => a.Id == activity).Select(a => a.SignedUp).SingleAsync(Cancel)));
        var events = await fixture.OutboxMentioningAsync(activity);
        var attendance = Assert.Single(events.Select(MessageTypes.Deserialize).OfType<AttendanceImported>());
        Assert.Equal((2, 210L, 35L, VolunteersFixture.Community), (attendance.Participants, attendance.Minutes, attendance.Points, attendance.CommunityCode));
    }

    [Fact]
    public async Task An_import_is_audited_once_with_the_rows_it_wrote_per_table()
    {
        var (activity, first, second) = await PastPatrolAsync();
        var since = await fixture.InDbAsync(db => db.OutboxMessages.MaxAsync(m => (long?)m.Sequence, Cancel)) ?? 0;

        await (await ImportAsync($"{activity},{first},120\n{activity},{second},5\n")).ReadAsync<AttendanceImportResult>(HttpStatusCode.OK);

        var written = (await fixture.InDbAsync(db => db.OutboxMessages.Where(m => m.Sequence > since).ToListAsync(Cancel)))
            .Select(MessageTypes.Deserialize).ToList();
        var key = Assert.Single(written.OfType<AttendanceImported>()).ImportId.ToString();
        var audit = Assert.Single(written.OfType<AuditRecorded>());
        // Five minutes earn no whole point, so only one ledger line was written.
        AuditedChange[] expected =
            [new("Participation", key, "Added", 2), new("HoursConfirmation", key, "Added", 2), new("PointsEntry", key, "Added", 1)];
        Assert.Equal(expected, audit.Changes);
        Assert.Equal(("POST", "/api/volunteers/activities/attendance/import"), (audit.Method, audit.Path));
    }

    [Fact]
    public async Task A_bad_row_is_400_naming_it_and_nothing_is_written()
    {
        var (activity, first, second) = await PastPatrolAsync();
        var before = await fixture.CountWritesAsync();

        var response = await ImportAsync($"{activity},{first},60\n{activity},{Guid.CreateVersion7()},60\n{activity},{second},121\n{Guid.CreateVersion7()},{second},5\n");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "rows[2].volunteerId");
        Assert.Equal(["rows[2].volunteerId", "rows[3].minutes", "rows[4].activityId"], problem.Errors.Keys.Order());
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task More_participants_than_places_is_400_and_writes_nothing()
    {
        var (activity, first, second) = await PastPatrolAsync();
        var third = (await fixture.Client.RegisterAsync()).Id;
        var before = await fixture.CountWritesAsync();

        var response = await ImportAsync($"{activity.ToString().ToUpperInvariant()},{first},60\n{activity},{second},60\n{activity},{third},60\n");

        await response.ProblemAsync(HttpStatusCode.BadRequest, "rows[1].activityId");
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task Attendance_of_an_activity_in_another_region_is_403_naming_the_row_and_writes_nothing()
    {
        var (activity, first, _) = await PastPatrolAsync();
        var officer = await fixture.ClientAsAsync(PlatformRoles.CountyOfficer, "511602");
        var before = await fixture.CountWritesAsync();

        var response = await ImportAsync($"{activity},{first},60\n", officer);

        await response.ProblemAsync(HttpStatusCode.Forbidden, "rows[1].activityId");
        Assert.Equal(before, await fixture.CountWritesAsync());
    }
}
