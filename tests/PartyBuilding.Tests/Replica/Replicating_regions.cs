using System.Net;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Regions;
using Platform.Messaging;
using Platform.Testing;

namespace Platform.PartyBuilding.Tests.Replica;

/// <summary>
/// The part this service owns: a community registered here becomes valid in another service's replica,
/// each region event leaves the outbox once, and a redelivered event changes the replica once.
/// </summary>
public sealed class Replicating_regions(PartyFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private ReplicaHost _replica = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _replica = await ReplicaHost.StartAsync(fixture.Servers);

    public ValueTask DisposeAsync() => _replica.DisposeAsync();

    [Fact]
    public async Task A_registered_community_becomes_valid_in_the_replica_once_even_when_delivered_twice()
    {
        const string code = "511621019031";
        await (await fixture.PostAsync("/api/party/regions", new { code = "511621019", name = "复制街道(合成)", level = "Street", parentCode = "511621" }))
            .ReadAsync<RegionResponse>(HttpStatusCode.Created);
        await (await fixture.PostAsync("/api/party/regions", new { code, name = "复制社区(合成)", level = "Community", parentCode = "511621019" }))
            .ReadAsync<RegionResponse>(HttpStatusCode.Created);

        await Eventually.UntilAsync(() => _replica.InDbAsync((_, directory) => directory.IsLiveCommunityAsync(code, Cancel)),
            Deadline, "the community to reach the replica", Cancel);
        // Payload is jsonb, so it is searched here rather than in SQL; the quotes keep a child's longer code from matching.
        var outbox = Assert.Single(await fixture.InDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync(Cancel)),
            m => m.MessageType == MessageTypes.NameOf(typeof(RegionRegistered)) && m.Payload.Contains($"\"{code}\""));
        await Eventually.UntilAsync(() => fixture.InDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Id == outbox.Id && m.SentAt != null, Cancel)),
            Deadline, "the outbox row to be marked sent", Cancel);
        var applied = await _replica.InDbAsync((db, _) => db.ReplicatedRegions.AsNoTracking().SingleAsync(r => r.Code == code, Cancel));

        // The broker redelivers the same message (same id), as after a lost acknowledgement.
        await fixture.Services.GetRequiredService<IBus>().Publish((RegionRegistered)MessageTypes.Deserialize(outbox),
            context => context.MessageId = outbox.Id, Cancel);
        await Eventually.UntilAsync(() => Task.FromResult(_replica.Deliveries.GetValueOrDefault(outbox.Id) >= 2),
            Deadline, "the second delivery to be consumed", Cancel);

        var after = await _replica.InDbAsync((db, _) => db.ReplicatedRegions.AsNoTracking().SingleAsync(r => r.Code == code, Cancel));
        Assert.Equal((applied.Version, applied.UpdatedAt), (after.Version, after.UpdatedAt));
        Assert.Equal(1, await _replica.InDbAsync((db, _) => db.InboxMessages.CountAsync(m => m.MessageId == outbox.Id, Cancel)));
        Assert.True(await _replica.InDbAsync((_, directory) => directory.IsWithinAsync(code, "511621019", Cancel)));
    }

    [Fact]
    public async Task A_rename_reaches_the_replica_and_an_older_version_arriving_late_changes_nothing()
    {
        const string code = "511621001032";
        await (await fixture.PostAsync("/api/party/regions", new { code, name = "旧名(合成)", level = "Community", parentCode = "511621001" }))
            .ReadAsync<RegionResponse>(HttpStatusCode.Created);
        await (await fixture.PutAsync($"/api/party/regions/{code}/name", new { name = "新名(合成)", version = 1 }))
            .ReadAsync<RegionResponse>(HttpStatusCode.OK);

        await Eventually.UntilAsync(() => _replica.InDbAsync((db, _) => db.ReplicatedRegions.AnyAsync(r => r.Code == code && r.Version == 2, Cancel)),
            Deadline, "version 2 to reach the replica", Cancel);
        var late = new RegionRegistered(code, "旧名(合成)", RegionLevel.Community, "511621001", 1, DateTimeOffset.UtcNow);
        var lateId = NewId.NextGuid();
        await fixture.Services.GetRequiredService<IBus>().Publish(late, context => context.MessageId = lateId, Cancel);
        await Eventually.UntilAsync(() => Task.FromResult(_replica.Deliveries.ContainsKey(lateId)), Deadline, "the late event", Cancel);

        var region = await _replica.InDbAsync((db, _) => db.ReplicatedRegions.AsNoTracking().SingleAsync(r => r.Code == code, Cancel));
        Assert.Equal(("新名(合成)", 2), (region.Name, region.Version));
    }

    [Fact]
    public async Task A_moved_grid_is_within_its_new_community_in_the_replica()
    {
        object[] rows =
        [
            new { code = "511621029", name = "移动街道(合成)", level = "Street", parentCode = "511621" },
            new { code = "511621029001", name = "甲社区(合成)", level = "Community", parentCode = "511621029" },
            new { code = "511621029002", name = "乙社区(合成)", level = "Community", parentCode = "511621029" },
            new { code = "511621029001001", name = "网格(合成)", level = "Grid", parentCode = "511621029001" },
        ];
        (await fixture.PostAsync("/api/party/regions/import", rows)).EnsureSuccessStatusCode();
        await (await fixture.PutAsync("/api/party/regions/511621029001001/parent", new { parentCode = "511621029002", version = 1 }))
            .ReadAsync<RegionResponse>(HttpStatusCode.OK);

        await Eventually.UntilAsync(() => _replica.InDbAsync((db, _) => db.ReplicatedRegions.CountAsync(
                r => r.Code.StartsWith("511621029") && (r.Level != RegionLevel.Grid || r.Version == 2), Cancel)),
            count => count == 4, Deadline, "the street, both communities and the moved grid to reach the replica", Cancel);

        Assert.True(await _replica.InDbAsync((_, directory) => directory.IsWithinAsync("511621029001001", "511621029002", Cancel)));
        Assert.False(await _replica.InDbAsync((_, directory) => directory.IsWithinAsync("511621029001001", "511621029001", Cancel)));
        Assert.Null(await _replica.InDbAsync((_, directory) => directory.CommunityProblemAsync("511621029002", Cancel)));
        Assert.NotNull(await _replica.InDbAsync((_, directory) => directory.CommunityProblemAsync("511621029001001", Cancel)));
    }
}
