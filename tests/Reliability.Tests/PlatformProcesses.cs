using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Testing;

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

    /// <summary>
    /// kill -9 of the resource's process and all its descendants (a crash: no shutdown, no flush, no ack); returns once
    /// Aspire saw it end and none of those processes runs any more.
    /// </summary>
    public async Task<Fault> KillAsync(string resource)
    {
        var pid = await PidAsync(resource);
        var tree = ProcessUsage.TreeOf(pid);
        var others = tree.Where(p => p != pid).Order().ToList();
        var processes = $"{pid} {CommandLine(pid)}" + string.Concat(others.Take(2).Select(p => $"; {p} {CommandLine(p)}"))
            + (others.Count > 2 ? $"; and {others.Count - 2} more" : "");
        using (var process = Process.GetProcessById(pid))
        {
            process.Kill(entireProcessTree: true);
        }

        var sinceKill = Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource(Timeout);
        await app.ResourceNotifications.WaitForResourceAsync(resource,
            e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), cancel.Token);
        await Eventually.UntilAsync(() => Task.FromResult(!tree.Any(IsRunning)), Timeout, $"every process of {resource} to be gone", cancel.Token);
        return new Fault(resource, pid, processes, sinceKill);
    }

    /// <summary>SIGSTOP or SIGCONT to a resource's process: a server that hangs instead of failing.</summary>
    public async Task SignalAsync(string resource, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", (await PidAsync(resource)).ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
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
        try
        {
            var line = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return line.Length > 100 ? line[..100] + "…" : line;
        }
        catch (IOException)
        {
            return "(ended)";
        }
    }

    /// <summary>A zombie has ended; only its exit status waits to be collected.</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')') + 2] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}

/// <summary>A killed resource: which process it was, and the time since it died.</summary>
public sealed record Fault(string Resource, int Pid, string Processes, Stopwatch SinceKill)
{
    public override string ToString() => $"{Resource} (pid {Pid}) killed -9 with its process tree [{Processes}]";
}
