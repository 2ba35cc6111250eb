using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Organisations;
using Platform.Incubation.Projects;
using Platform.Incubation.Rooms;
using Platform.Incubation.SocialWorkers;
using Platform.Messaging;
using Platform.Testing;

namespace Platform.Incubation.Tests;

/// <summary>The whole journey through the gateway; each step's event reaches the broker exactly once.</summary>
public sealed partial class The_whole_flow(IncubationFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Apply_file_incubate_graduate_grade_4A_pair_with_a_party_branch_and_staff_the_social_work_room_each_event_published_once()
    {
        var tap = await EventTap.OpenAsync(fixture.Servers.RabbitMqFactory(), Cancel);
        var gateway = fixture.Gateway;

        var centre = await gateway.EstablishCentreAsync();
        var applied = await gateway.ApplyAsync();
        var filed = await (await gateway.StepAsync(applied.Id, "file", new { reason = "材料齐全，街道备案" })).ReadAsync<OrganisationResponse>(HttpStatusCode.OK);
        var incubating = await (await gateway.StepAsync(applied.Id, "incubate", new { centreId = centre.Id, version = filed.Version }))
            .ReadAsync<OrganisationResponse>(HttpStatusCode.OK);
        var graduated = await (await gateway.StepAsync(applied.Id, "graduate", new { reason = "孵化期满，评估合格" })).ReadAsync<OrganisationResponse>(HttpStatusCode.OK);
        var grade = await (await gateway.StepAsync(applied.Id, "grades", new { grade = 4, score = 86, evaluatedOn = Today(), reason = "年度等级评估" }))
            .ReadAsync<GradeResponse>(HttpStatusCode.Created);
        var project = await (await gateway.PostAsJsonAsync("/api/incubation/projects", new
        {
            organisationId = applied.Id, kind = "RedPairing", title = "红色联姻·邻里守望", budgetFen = 5_000_000L,
            startsOn = Today(), endsOn = Today().AddMonths(6), partyOrganisationId = IncubationFixture.PartyBranch,
        }, Cancel)).ReadAsync<ProjectResponse>(HttpStatusCode.Created);
        var room = await (await gateway.PostAsJsonAsync("/api/incubation/rooms", new { communityCode = IncubationFixture.Community }, Cancel))
            .ReadAsync<RoomResponse>(HttpStatusCode.Created);
        var worker = await (await gateway.PostAsJsonAsync("/api/incubation/social-workers", new
        {
            name = "刘社工", certificateNumber = $"ZJ{Guid.NewGuid():N}"[..20], level = "Intermediate", communityCode = IncubationFixture.Community,
        }, Cancel)).ReadAsync<SocialWorkerResponse>(HttpStatusCode.Created);
        await (await gateway.PostAsJsonAsync($"/api/incubation/rooms/{room.Id}/workers", new { socialWorkerId = worker.Id }, Cancel))
            .ReadAsync<AssignmentResponse>(HttpStatusCode.Created);

        Assert.Equal((OrganisationState.Filed, OrganisationState.Incubating, OrganisationState.Graduated), (filed.State, incubating.State, graduated.State));
        Assert.Matches(FilingNumberPattern(), filed.FilingNumber);
        Assert.Equal(centre.Id, graduated.CentreId);
        Assert.Equal("139****5678", filed.ContactPhone);
        var cipher = await fixture.InDbAsync(db => db.Organisations.Where(o => o.Id == applied.Id).Select(o => o.ContactPhoneCipher).SingleAsync(Cancel));
        Assert.DoesNotContain("13912345678", System.Text.Encoding.UTF8.GetString(cipher!), StringComparison.Ordinal);
        Assert.Equal(("4A", grade.EvaluatedOn.AddYears(5)), (grade.Label, grade.ExpiresOn));
        var record = await (await gateway.GetAsync($"/api/incubation/organisations/{applied.Id}", Cancel)).ReadAsync<OrganisationRecordResponse>(HttpStatusCode.OK);
        Assert.Equal(4, record.Organisation.CurrentGrade!.Grade);
        Assert.Equal(IncubationFixture.PartyBranch, Assert.Single(record.Projects).PartyOrganisationId);
        Assert.Equal(4, record.Transitions.Count);
        var staffed = await (await gateway.GetAsync($"/api/incubation/rooms/{room.Id}", Cancel)).ReadAsync<RoomResponse>(HttpStatusCode.OK);
        Assert.Equal(worker.Id, Assert.Single(staffed.Workers).SocialWorkerId);

        string[] expected = ["IncubationCentreEstablished", "OrganisationFiled", "OrganisationIncubationStarted", "OrganisationGraduated",
            "OrganisationGraded", "ProjectApproved", "SocialWorkRoomOpened", "SocialWorkerAssigned"];
        Guid[] ids = [centre.Id, applied.Id, project.Id, room.Id, worker.Id];
        await Eventually.UntilAsync(() => fixture.InDbAsync(db => db.OutboxMessages.AllAsync(m => m.SentAt != null, Cancel)),
            TimeSpan.FromSeconds(30), "the outbox to be relayed", Cancel);
        var seen = await Eventually.UntilAsync(() => tap.DrainAsync(ids, Cancel), counts => expected.All(counts.ContainsKey),
            TimeSpan.FromSeconds(30), "every step's event on the broker", Cancel);

        Assert.Equal(expected.Order().Select(e => (e, 1)), seen.OrderBy(s => s.Key).Select(s => (s.Key, s.Value)));
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    [System.Text.RegularExpressions.GeneratedRegex("^511603001[0-9]{4}[0-9]{5}$")]
    private static partial System.Text.RegularExpressions.Regex FilingNumberPattern();
}
