using System.Net;
using System.Net.Http.Json;
using Platform.Contracts.PartyBuilding;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

namespace Platform.Reliability.Tests;

/// <summary>
/// Issue 11: a message its consumer can never process (a dual report whose ID number fails its check digit) goes to
/// the error queue after its retries, the stream behind it keeps flowing, and the operator sees it and can replay it.
/// </summary>
public sealed class Sending_a_poison_message(ReliabilityFixture fixture)
{
    private const string Queue = "volunteers-party-member-reported";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Goes_to_the_error_queue_while_the_stream_flows_and_the_operator_sees_and_replays_it()
    {
        var poison = new PartyMemberReported(Guid.NewGuid(), Guid.NewGuid(), "毒丸", "511603199001011230", null,
            ReliabilityFixture.Community, null, DateTimeOffset.UtcNow);
        await fixture.PublishAsync([poison]);
        var stream = new RedemptionStream(fixture, 1_000);
        await stream.SendAsync();

        var seen = await Eventually.UntilAsync(ErrorQueueAsync, q => q?.Count == 1, TimeSpan.FromMinutes(1), "the poison message in the error queue", Cancel);
        var outcome = await stream.DrainAsync(TimeSpan.FromMinutes(2));
        var letter = Assert.Single(seen!.First);
        Assert.Contains("PartyMemberReported", letter.MessageType, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", letter.ExceptionType, StringComparison.Ordinal);
        Assert.DoesNotContain("511603199001011230", System.Text.Json.JsonSerializer.Serialize(seen), StringComparison.Ordinal);

        using var officer = new HttpClient { BaseAddress = fixture.Http.BaseAddress };
        officer.DefaultRequestHeaders.Authorization = new("Bearer", await fixture.Identity.TokenAsync(PlatformRoles.CountyOfficer, "511603"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/volunteers/operations/dead-letters/{Queue}/replay", null, Cancel)).StatusCode);
        var replay = await fixture.Http.PostAsync($"/api/volunteers/operations/dead-letters/{Queue}/replay", null, Cancel);
        Assert.Equal(1, (await replay.Content.ReadFromJsonAsync<ReplayResult>(Cancel))!.Replayed);

        // Still poison: it went through the consumer again and is back, faulted anew.
        var again = await Eventually.UntilAsync(ErrorQueueAsync, q => q?.Count == 1 && q.First[0].FaultedAt != letter.FaultedAt,
            TimeSpan.FromMinutes(1), "the replayed message to fault again", Cancel);
        Report.Add("poison message", $"1 poison message in {Queue}_error after its retries while {outcome}; replayed by the operator, " +
            $"consumed again and faulted again at {again!.First[0].FaultedAt}; a county officer's replay 403");
        Assert.Equal(0, outcome.Lost);
        Assert.Equal(0, outcome.Doubled);
    }

    private async Task<DeadLetterQueue?> ErrorQueueAsync()
    {
        var response = await fixture.Http.GetAsync($"/api/volunteers/operations/dead-letters/{Queue}", Cancel);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<DeadLetterQueue>(Cancel);
    }
}
