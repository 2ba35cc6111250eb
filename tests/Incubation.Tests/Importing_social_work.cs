using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Incubation;
using Platform.Incubation.SocialWorkers.Import;

namespace Platform.Incubation.Tests;

public sealed class Importing_social_work(IncubationFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Worker(string community, bool assign, string? certificate = null) => new
    {
        worker = new { name = "导入社工", certificateNumber = certificate ?? $"IM{Guid.NewGuid():N}"[..20], level = "Assistant", communityCode = community },
        assignToRoom = assign,
    };

    [Fact]
    public async Task Rooms_are_opened_where_missing_and_workers_assigned_each_publishing_its_event()
    {
        string[] communities = [IncubationFixture.OtherCommunity, IncubationFixture.OtherCountyCommunity];
        var batch = $"B{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var missing = await fixture.InDbAsync(async db => communities.Length - await db.Rooms.CountAsync(r => communities.Contains(r.CommunityCode), Cancel));

        var report = await (await fixture.Client.PostAsJsonAsync("/api/incubation/social-workers/import", new
        {
            roomCommunities = new[] { IncubationFixture.OtherCountyCommunity },
            workers = new[]
            {
                Worker(IncubationFixture.OtherCommunity, true, $"{batch}-1"), Worker(IncubationFixture.OtherCommunity, true, $"{batch}-2"),
                Worker(IncubationFixture.OtherCountyCommunity, false, $"{batch}-3"),
            },
        }, Cancel)).ReadAsync<SocialWorkImportReport>(HttpStatusCode.OK);

        Assert.Equal((missing, 3, 2), (report.RoomsOpened, report.WorkersRegistered, report.WorkersAssigned));
        var imported = await fixture.InDbAsync(db => db.SocialWorkers.AsNoTracking().Where(w => w.CertificateNumber.StartsWith(batch))
            .OrderBy(w => w.CertificateNumber).Select(w => w.Id).ToListAsync(Cancel));
        var events = await Task.WhenAll(imported.Select(fixture.EventsAsync));
        Assert.Equal([1, 1, 0], events.Select(e => e.OfType<SocialWorkerAssigned>().Count()));
        Assert.Equal(2, await fixture.InDbAsync(db => db.RoomAssignments.CountAsync(a => imported.Contains(a.SocialWorkerId) && a.UnassignedAt == null, Cancel)));
    }

    [Fact]
    public async Task An_unknown_community_is_400_and_a_repeated_certificate_409_and_neither_writes_anything()
    {
        var before = await fixture.CountWritesAsync();

        var unknown = await fixture.Client.PostAsJsonAsync("/api/incubation/social-workers/import", new
        {
            roomCommunities = new[] { IncubationFixture.RetiredCommunity },
            workers = new[] { Worker(IncubationFixture.OtherCommunity, false), Worker("511603001997", true) },
        }, Cancel);
        var problem = await unknown.ProblemAsync(HttpStatusCode.BadRequest, "roomCommunities[0]");
        Assert.Contains("workers[1].worker.communityCode", problem.Errors.Keys);
        var repeated = await fixture.Client.PostAsJsonAsync("/api/incubation/social-workers/import", new
        {
            workers = new[] { Worker(IncubationFixture.OtherCommunity, false, "DUP20260001"), Worker(IncubationFixture.OtherCommunity, false, "DUP20260001") },
        }, Cancel);
        await repeated.ProblemAsync(HttpStatusCode.Conflict, "certificateNumber");

        Assert.Equal(before, await fixture.CountWritesAsync());
    }
}
