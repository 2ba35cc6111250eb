using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Platform.Contracts.Volunteers;
using Platform.Messaging;
using Platform.Testing;

namespace Platform.Reliability.Tests;

/// <summary>
/// A message Reporting's statistics can never apply (hours confirmed for a 16-digit community code, which no
/// figure can hold) goes to the error queue after its retries, the same queue keeps flowing with 1,000 confirmations,
/// and the operator sees it and replays it through the gateway (city administrators only).
/// </summary>
public sealed class Sending_a_poison_message(ReliabilityFixture fixture)
{
    private const string Queue = "reporting-statistics";
    private const string Path = $"/api/reporting/operations/dead-letters/{Queue}";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Goes_to_the_error_queue_while_the_stream_flows_and_the_operator_sees_and_replays_it()
    {
        await fixture.Processes.WaitAllHealthyAsync(ReliabilityFixture.Resources, Cancel);
        var stream = await HoursStream.PrepareAsync(fixture, 4, "毒丸社区", 1_000);
        var before = await ErrorQueueAsync();
        await PublishAsync(new ServiceHoursConfirmed(Guid.NewGuid(), Guid.NewGuid(), ActivityCategory.SecurityPatrol, "5116030010049999",
            60, false, DateTimeOffset.UtcNow));
        await stream.SendAsync();

        var seen = await Eventually.UntilAsync(ErrorQueueAsync, q => q?.Count == (before?.Count ?? 0) + 1, TimeSpan.FromMinutes(1),
            "the poison message in the error queue", Cancel);
        var outcome = await stream.DrainAsync(TimeSpan.FromMinutes(2));
        var letter = Assert.Single(seen!.First, l => l.MessageType?.Contains("ServiceHoursConfirmed", StringComparison.Ordinal) == true);

        using var officer = new HttpClient { BaseAddress = fixture.Gateway.BaseAddress };
        officer.DefaultRequestHeaders.Authorization = new("Bearer", await fixture.TokenAsync(PrivateAppHost.CountyOfficerClient, fixture.Host.CountyOfficerSecret));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"{Path}/replay", null, Cancel)).StatusCode);
        var replay = await fixture.Gateway.PostAsync($"{Path}/replay", null, Cancel);
        var replayed = (await replay.Content.ReadFromJsonAsync<ReplayResult>(Cancel))!.Replayed;

        // Still poison: it went through the consumer again and is back, faulted anew.
        var again = await Eventually.UntilAsync(ErrorQueueAsync, q => q?.Count == seen.Count && q.First.Any(l => l.FaultedAt != letter.FaultedAt),
            TimeSpan.FromMinutes(1), "the replayed message to fault again", Cancel);
        Report.Add("poison message, over the AppHost", $"1 poison ServiceHoursConfirmed in {Queue}_error after its retries ({letter.ExceptionType}) " +
            $"while the same queue took {outcome}; the operator saw it through the gateway and replayed {replayed}, it was consumed and " +
            $"faulted again; a county officer's replay 403");
        Assert.Equal(1, replayed);
        Assert.NotNull(again);
        Assert.Equal(0, outcome.Lost);
        Assert.Equal(0, outcome.Doubled);
    }

    /// <summary>Straight onto the broker, as a faulty publisher would put it there.</summary>
    private async Task PublishAsync(ServiceHoursConfirmed poison)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(new Uri(fixture.Host.RabbitMqConnectionString)));
        await bus.StartAsync(Cancel);
        try
        {
            await bus.Publish(poison, Cancel);
        }
        finally
        {
            await bus.StopAsync(Cancel);
        }
    }

    private async Task<DeadLetterQueue?> ErrorQueueAsync()
    {
        var response = await fixture.Gateway.GetAsync(Path, Cancel);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<DeadLetterQueue>(Cancel);
    }
}
