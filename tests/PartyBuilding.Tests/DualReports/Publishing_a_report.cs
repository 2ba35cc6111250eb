using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Messaging;
using Platform.PartyBuilding.DualReports;
using Platform.PartyBuilding.Members;
using Platform.PersonalData;
using Platform.Testing;
using RabbitMQ.Client;

namespace Platform.PartyBuilding.Tests.DualReports;

/// <summary>The publishing side: a dual report reaches the broker once, as the Volunteers service will receive it.</summary>
public sealed class Publishing_a_report(PartyFixture fixture)
{
    private const string Exchange = "Platform.Contracts.PartyBuilding:PartyMemberReported";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_report_reaches_the_broker_exactly_once()
    {
        var queue = $"test-party-member-reported-{Guid.NewGuid():N}";
        var rabbit = fixture.Servers.RabbitMqFactory();
        await using (var connection = await rabbit.CreateConnectionAsync(Cancel))
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: Cancel))
        {
            // The exchange MassTransit publishes this contract to; a queue of our own bound to it sees every publish.
            await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, cancellationToken: Cancel);
            await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false, cancellationToken: Cancel);
            await channel.QueueBindAsync(queue, Exchange, "", cancellationToken: Cancel);
        }

        var first17 = "51160319800202" + Random.Shared.Next(100, 999);
        var member = await (await fixture.PostAsync("/api/party/members",
                new { name = "周党员", residentIdNumber = first17 + ResidentIdNumber.CheckCharacter(first17) }))
            .ReadAsync<MemberResponse>(HttpStatusCode.Created);
        var report = await (await fixture.PostAsync($"/api/party/members/{member.Id}/reports", new { communityCode = "511603002011" }))
            .ReadAsync<DualReportResponse>(HttpStatusCode.Created);

        var key = member.Id.ToString();
        await Eventually.UntilAsync(() => fixture.InDbAsync(async db => (await db.OutboxMessages.AsNoTracking().ToListAsync(Cancel))
                .Where(m => m.Payload.Contains(key)).All(m => m.SentAt != null)),
            TimeSpan.FromSeconds(30), "the report's outbox row to be marked sent", Cancel);
        // Other tests publish reports at the same time: count only this one's.
        var seen = new List<string>();
        await Eventually.UntilAsync(async () =>
        {
            seen.AddRange(await DrainAsync(rabbit, queue));
            return seen.Any(body => body.Contains(report.Id.ToString(), StringComparison.Ordinal));
        }, TimeSpan.FromSeconds(30), "the event in the queue", Cancel);
        seen.AddRange(await DrainAsync(rabbit, queue));

        Assert.Single(seen, body => body.Contains(report.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal(report.Id, Assert.Single(await fixture.EventsAsync<Contracts.PartyBuilding.PartyMemberReported>(e => e.MemberId == member.Id)).ReportId);
    }

    private static async Task<List<string>> DrainAsync(IConnectionFactory rabbit, string queue)
    {
        await using var connection = await rabbit.CreateConnectionAsync(Cancel);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Cancel);
        var bodies = new List<string>();
        while (await channel.BasicGetAsync(queue, autoAck: true, Cancel) is { } message)
        {
            bodies.Add(System.Text.Encoding.UTF8.GetString(message.Body.Span));
        }

        return bodies;
    }
}
