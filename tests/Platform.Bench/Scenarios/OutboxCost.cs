using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Bench.Harness;
using Platform.Testing;
using Platform.Data;
using Platform.Messaging;

namespace Platform.Bench.Scenarios;

/// <summary>
/// Comparison 3, in process so that nothing but the event differs: the same insert with its event written to the
/// outbox (and relayed to RabbitMQ with publisher confirms by the running relay) against the insert alone.
/// </summary>
public static class OutboxCost
{
    private const int Writers = 32;

    public static async Task<BenchRow> RunAsync(LocalServers servers, BenchOptions options)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:benchdb"] = servers.PostgresConnectionString("outbox_bench"),
            ["ConnectionStrings:messaging"] = servers.RabbitMqConnectionString,
        });
        builder.AddServiceDatabase<BenchDb>("bench");
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.AddPlatformMessaging<BenchDb>("outbox-bench", _ => { });
        using var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BenchDb>();
            await db.Database.EnsureDeletedAsync();
            await db.Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        var duration = TimeSpan.FromSeconds(Math.Max(3, options.Duration.TotalSeconds / 2));
        var ab = await new AbComparison("3 outbox",
            () => WriteAsync(host.Services, duration, withEvent: true),
            () => WriteAsync(host.Services, duration, withEvent: false)).RunAsync(options.Rounds);
        var drained = Stopwatch.StartNew();
        await Eventually.UntilAsync(async () => await UnsentAsync(host.Services) == 0, TimeSpan.FromMinutes(2), "the relay to send every event");
        var published = await SentAsync(host.Services);
        await host.StopAsync();

        var with = ab.A.Select(s => s.Value).ToList();
        var without = ab.B.Select(s => s.Value).ToList();
        return new BenchRow(3, $"write with outbox + relay vs the same write with no event ({Writers} concurrent writers, EF Core SaveChanges)",
            $"with event {with.Median().F("0")} writes/s ({with.Spread("0")}); without {without.Median().F("0")} writes/s ({without.Spread("0")}); " +
            $"ratio {ab.Ratio.F("0.00")}; {published} events relayed, backlog drained {drained.Elapsed.TotalSeconds.F("0.0")} s after the last round",
            "ratio ≥ 0.7", ab.Ratio >= 0.7 ? "yes" : "no", "", new { withEvent = ab.A, withoutEvent = ab.B, ab.Ratio, published });
    }

    private static async Task<Sample> WriteAsync(IServiceProvider services, TimeSpan duration, bool withEvent)
    {
        var deadline = Stopwatch.StartNew();
        var writers = Enumerable.Range(0, Writers).Select(async _ =>
        {
            var count = 0;
            while (deadline.Elapsed < duration)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<BenchDb>();
                var note = new BenchNote { Id = Guid.CreateVersion7(), Text = "benchmark note" };
                db.Notes.Add(note);
                if (withEvent)
                {
                    db.Publish(new BenchNoteAdded(note.Id, note.Text));
                }

                await db.SaveChangesAsync();
                count++;
            }

            return count;
        });
        var total = (await Task.WhenAll(writers)).Sum();
        return new Sample(total / deadline.Elapsed.TotalSeconds);
    }

    private static async Task<int> UnsentAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BenchDb>().OutboxMessages.CountAsync(m => m.SentAt == null);
    }

    private static async Task<int> SentAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BenchDb>().OutboxMessages.CountAsync(m => m.SentAt != null);
    }
}
