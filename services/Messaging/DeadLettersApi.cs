using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Platform.Messaging;

public sealed record ReplayResult(string Queue, int Replayed);

/// <summary>Operators see and replay the messages a service could not process (poison messages); the caller puts its operators' policy on the group.</summary>
public static partial class DeadLettersApi
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,200}$")]
    private static partial Regex QueueName();

    public static RouteGroupBuilder MapDeadLettersApi(this IEndpointRouteBuilder app, string prefix)
    {
        var service = prefix[(prefix.LastIndexOf('/') + 1)..];
        var group = app.MapGroup($"{prefix}/operations/dead-letters").WithTags("Operations 运维");
        group.MapGet("/{queue}", (string queue, IConfiguration configuration, CancellationToken cancellationToken) =>
                PeekAsync(service, queue, configuration, cancellationToken))
            .WithName("GetDeadLetters").WithSummary("Messages this service could not process 死信队列: count and the first 20, with their faults");
        group.MapPost("/{queue}/replay", (string queue, IConfiguration configuration, CancellationToken cancellationToken) =>
                ReplayAsync(service, queue, configuration, cancellationToken))
            .WithName("ReplayDeadLetters").WithSummary("Put the messages now in the queue's error queue back on the queue 重放死信 (those failing again wait for the next replay)");
        return group;
    }

    private static async Task<Results<Ok<DeadLetterQueue>, NotFound, ValidationProblem>> PeekAsync(
        string service, string queue, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (Problem(service, queue) is { } problem)
        {
            return problem;
        }

        return await Letters(configuration).PeekAsync(queue, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<ReplayResult>, NotFound, ValidationProblem>> ReplayAsync(
        string service, string queue, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (Problem(service, queue) is { } problem)
        {
            return problem;
        }

        return await Letters(configuration).ReplayAsync(queue, cancellationToken) is { } replayed
            ? TypedResults.Ok(new ReplayResult(queue, replayed))
            : TypedResults.NotFound();
    }

    /// <summary>Only this service's own queues (MassTransit names them "{service}-{consumer}").</summary>
    private static ValidationProblem? Problem(string service, string queue) =>
        QueueName().IsMatch(queue) && queue.StartsWith(service + "-", StringComparison.Ordinal)
            ? null
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["queue"] = [$"One of this service's queues, named {service}-…"] });

    private static DeadLetters Letters(IConfiguration configuration) =>
        new(configuration.GetConnectionString("messaging") ?? throw new InvalidOperationException("ConnectionStrings:messaging is not set."));
}
