extern alias apphost;

using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Testing;

namespace Platform.Bench.Harness;

/// <summary>
/// The real AppHost as the soak drives it (<c>./build.sh chaos M apphost</c>): local servers, no seed, no dashboard, on
/// private ports, the services built in Release. Memory is read per resource from the process Aspire started
/// (its <c>executable.pid</c>); for a service started by <c>dotnet run</c>, from the service process under it.
/// </summary>
public sealed class AppHostPlatform : ISoakTarget
{
    /// <summary>Whose memory the soak watches: the services (a PostgreSQL RSS would count shared buffers once per backend).</summary>
    private static readonly string[] Services = ["identity", "party", "incubation", "volunteers", "charity", "reporting", "gateway"];
    private static readonly string[] Servers = ["postgres", "messaging", "cache"];

    private readonly PrivateAppHost _host = new();
    private DistributedApplication _app = null!;

    public string Description => "the real AppHost (Aspire orchestration and proxies, local servers)";
    public Uri Gateway => _app.GetEndpoint("gateway", "http");
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromMinutes(5) };
    public string Token { get; private set; } = "";

    public Uri Direct(string service) => _app.GetEndpoint(service, "http");

    public static async Task<AppHostPlatform> StartAsync()
    {
        var platform = new AppHostPlatform();
        await platform.StartAppHostAsync();
        return platform;
    }

    private async Task StartAppHostAsync()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<apphost::Projects.AppHost>(
            _host.Arguments, (options, _) => options.DisableDashboard = true, cancel.Token);
        // The resources' own output stays in their logs; health probes fail by design until each server listens.
        builder.Services.AddLogging(logging => logging
            .AddFilter("AppHost.Resources", LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        // One client driving far past any fair-use limit on purpose.
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "gateway"))
            .WithEnvironment("RateLimits__PermitLimit", "1000000000");
        _app = await builder.BuildAsync(cancel.Token);
        await _app.StartAsync(cancel.Token);
        foreach (var resource in Servers.Concat(Services))
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancel.Token);
        }

        using var gateway = new HttpClient { BaseAddress = Gateway };
        Token = await TestIdentity.RequestTokenAsync(gateway, PrivateAppHost.CityAdminClient, _host.CityAdminSecret);
        Http.DefaultRequestHeaders.Authorization = new("Bearer", Token);
        await BenchPlatform.RegisterRegionsAsync(Http, Gateway, Gateway);
    }

    public Dictionary<string, long> ResidentBytes() => Services.ToDictionary(name => name, name => ProcessUsage.Of(ServicePid(name)).ResidentBytes);

    private int ServicePid(string resource)
    {
        if (!_app.ResourceNotifications.TryGetCurrentState(resource, out var state)
            || state.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value?.ToString() is not { } text)
        {
            throw new InvalidOperationException($"{resource} has no process id.");
        }

        var pid = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var launcher = File.ReadAllText($"/proc/{pid}/cmdline").StartsWith("dotnet\0run\0", StringComparison.Ordinal);
        return launcher ? ProcessUsage.TreeOf(pid).Where(p => p != pid).Min() : pid;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _host.Dispose();
    }
}
