using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Reliability.Tests;

/// <summary>
/// Real faults on the AppHost's resources: the process Aspire started for a resource (its <c>executable.pid</c>) is
/// killed with SIGKILL together with its children, Aspire is waited on to see it end, and the resource is started again
/// with Aspire's own start command. Every wait polls Aspire's resource notifications; none sleeps.
/// </summary>
public sealed class PlatformProcesses(DistributedApplication app)
{
    private const string PidProperty = "executable.pid";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public async Task WaitAllHealthyAsync(IEnumerable<string> resources, CancellationToken cancellationToken)
    {
        foreach (var resource in resources)
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancellationToken);
        }
    }

    /// <summary>The running process of a resource.</summary>
    public async Task<int> PidAsync(string resource)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        var running = await app.ResourceNotifications.WaitForResourceAsync(resource,
            e => e.Snapshot.State?.Text == KnownResourceStates.Running && Pid(e) is not null, cancel.Token);
        return Pid(running)!.Value;
    }

    /// <summary>kill -9 of the resource's process and its children (a crash: no shutdown, no flush, no ack); returns once Aspire saw it end.</summary>
    public async Task<Fault> KillAsync(string resource)
    {
        var pid = await PidAsync(resource);
        var command = CommandLine(pid);
        using (var process = Process.GetProcessById(pid))
        {
            process.Kill(entireProcessTree: true);
        }

        using var cancel = new CancellationTokenSource(Timeout);
        await app.ResourceNotifications.WaitForResourceAsync(resource,
            e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), cancel.Token);
        return new Fault(resource, pid, command, Stopwatch.StartNew());
    }

    /// <summary>Aspire's start command after a kill; returns the new process once the resource is healthy again.</summary>
    public async Task<int> StartAgainAsync(Fault fault)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        var commands = app.Services.GetRequiredService<ResourceCommandService>();
        var result = await commands.ExecuteCommandAsync(fault.Resource, KnownResourceCommands.StartCommand, cancel.Token);
        Assert.True(result.Success, $"starting {fault.Resource} again: {result.Message}");
        var healthy = await app.ResourceNotifications.WaitForResourceAsync(fault.Resource,
            e => e.Snapshot.State?.Text == KnownResourceStates.Running && Pid(e) is { } pid && pid != fault.Pid
                && e.Snapshot.HealthStatus == HealthStatus.Healthy, cancel.Token);
        return Pid(healthy)!.Value;
    }

    private static int? Pid(ResourceEvent e) =>
        e.Snapshot.Properties.FirstOrDefault(p => p.Name == PidProperty)?.Value switch
        {
            int pid => pid,
            long pid => (int)pid,
            string text when int.TryParse(text, out var pid) => pid,
            _ => null,
        };

    private static string CommandLine(int pid)
    {
        var line = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        return line.Length > 160 ? line[..160] + "…" : line;
    }
}

/// <summary>A killed resource: which process it was, and the time since it died.</summary>
public sealed record Fault(string Resource, int Pid, string CommandLine, Stopwatch SinceKill)
{
    public override string ToString() => $"{Resource} pid {Pid} ({CommandLine}) killed -9";
}
