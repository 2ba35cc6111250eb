using System.Net;
using System.Net.Http.Json;
using Platform.Contracts.Incubation;
using Platform.Incubation.Rooms;
using Platform.Incubation.SocialWorkers;

namespace Platform.Incubation.Tests;

public sealed class Staffing_social_work_rooms(IncubationFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<SocialWorkerResponse> RegisterAsync(string? certificate = null, string level = "Assistant") =>
        await (await fixture.Client.PostAsJsonAsync("/api/incubation/social-workers", new
        {
            name = "周社工", certificateNumber = certificate ?? $"ZL{Guid.NewGuid():N}"[..20], level, communityCode = IncubationFixture.OtherCommunity,
        }, Cancel)).ReadAsync<SocialWorkerResponse>(HttpStatusCode.Created);

    /// <summary>The community's room, opened by this call or an earlier test (a community has one).</summary>
    private async Task<RoomResponse> RoomOfAsync(string community)
    {
        var opened = await fixture.Client.PostAsJsonAsync("/api/incubation/rooms", new { communityCode = community }, Cancel);
        if (opened.StatusCode == HttpStatusCode.Created)
        {
            return await opened.ReadAsync<RoomResponse>(HttpStatusCode.Created);
        }

        await opened.ProblemAsync(HttpStatusCode.Conflict, "communityCode");
        var listed = await (await fixture.Client.GetAsync($"/api/incubation/rooms?region={community}", Cancel))
            .ReadAsync<Platform.Data.Page<RoomResponse>>(HttpStatusCode.OK);
        return Assert.Single(listed.Items);
    }

    [Fact]
    public async Task A_community_has_one_room_and_a_certificate_number_one_worker()
    {
        var room = await RoomOfAsync(IncubationFixture.OtherCommunity);
        var worker = await RegisterAsync();
        var before = await fixture.CountWritesAsync();

        await (await fixture.Client.PostAsJsonAsync("/api/incubation/rooms", new { communityCode = room.CommunityCode }, Cancel))
            .ProblemAsync(HttpStatusCode.Conflict, "communityCode");
        await (await fixture.Client.PostAsJsonAsync("/api/incubation/social-workers", new
        {
            name = "冒名", certificateNumber = worker.CertificateNumber.ToLowerInvariant(), level = "Senior", communityCode = IncubationFixture.OtherCommunity,
        }, Cancel)).ProblemAsync(HttpStatusCode.Conflict, "certificateNumber");
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_worker_serves_in_one_room_at_a_time_and_leaving_publishes_the_unassignment()
    {
        var room = await RoomOfAsync(IncubationFixture.OtherCommunity);
        var otherRoom = await RoomOfAsync(IncubationFixture.OtherCountyCommunity);
        var worker = await RegisterAsync(level: "Senior");
        await (await fixture.Client.PostAsJsonAsync($"/api/incubation/rooms/{room.Id}/workers", new { socialWorkerId = worker.Id }, Cancel))
            .ReadAsync<AssignmentResponse>(HttpStatusCode.Created);

        await (await fixture.Client.PostAsJsonAsync($"/api/incubation/rooms/{otherRoom.Id}/workers", new { socialWorkerId = worker.Id }, Cancel))
            .ProblemAsync(HttpStatusCode.Conflict, "socialWorkerId");
        var left = await (await fixture.Client.DeleteAsync($"/api/incubation/rooms/{room.Id}/workers/{worker.Id}?reason=调往他处", Cancel))
            .ReadAsync<AssignmentResponse>(HttpStatusCode.OK);
        Assert.Equal("调往他处", left.Reason);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.DeleteAsync($"/api/incubation/rooms/{room.Id}/workers/{worker.Id}", Cancel)).StatusCode);
        await (await fixture.Client.PostAsJsonAsync($"/api/incubation/rooms/{otherRoom.Id}/workers", new { socialWorkerId = worker.Id }, Cancel))
            .ReadAsync<AssignmentResponse>(HttpStatusCode.Created);

        var now = await (await fixture.Client.GetAsync($"/api/incubation/social-workers/{worker.Id}", Cancel)).ReadAsync<SocialWorkerResponse>(HttpStatusCode.OK);
        Assert.Equal(otherRoom.Id, now.RoomId);
        var listed = await (await fixture.Client.GetAsync($"/api/incubation/social-workers?region={IncubationFixture.Street}&pageSize=200", Cancel))
            .ReadAsync<Platform.Data.Page<SocialWorkerResponse>>(HttpStatusCode.OK);
        Assert.Equal(otherRoom.Id, Assert.Single(listed.Items, w => w.Id == worker.Id).RoomId);
        var staffed = await (await fixture.Client.GetAsync($"/api/incubation/rooms/{otherRoom.Id}", Cancel)).ReadAsync<RoomResponse>(HttpStatusCode.OK);
        Assert.Contains(staffed.Workers, a => a.SocialWorkerId == worker.Id);
        Assert.DoesNotContain((await (await fixture.Client.GetAsync($"/api/incubation/rooms/{room.Id}", Cancel)).ReadAsync<RoomResponse>(HttpStatusCode.OK)).Workers,
            a => a.SocialWorkerId == worker.Id);
        var events = await fixture.EventsAsync(worker.Id);
        Assert.Equal([typeof(SocialWorkerAssigned), typeof(SocialWorkerUnassigned), typeof(SocialWorkerAssigned)], events.Select(e => e.GetType()));
        Assert.Equal(SocialWorkerLevel.Senior, events.OfType<SocialWorkerAssigned>().First().Level);
    }

    [Fact]
    public async Task Of_simultaneous_unassignments_one_wins_and_one_event_is_published()
    {
        var room = await RoomOfAsync(IncubationFixture.OtherCommunity);
        var worker = await RegisterAsync();
        await (await fixture.Client.PostAsJsonAsync($"/api/incubation/rooms/{room.Id}/workers", new { socialWorkerId = worker.Id }, Cancel))
            .ReadAsync<AssignmentResponse>(HttpStatusCode.Created);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.Client.DeleteAsync($"/api/incubation/rooms/{room.Id}/workers/{worker.Id}", Cancel)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.NotFound }));
        Assert.Single((await fixture.EventsAsync(worker.Id)).OfType<SocialWorkerUnassigned>());
    }
}
