extern alias apphost;

using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Testing;

namespace Platform.Bench.Harness;

/// <summary>
/// The real AppHost with a seeded city (<c>full</c> by default: the figures of DOMAIN.md section 5), the web console
/// among its resources, every development user with a password of this run; started once, waited for until the
/// seeder has finished and everything is healthy.
/// </summary>
public sealed class SeededAppHost : IAsyncDisposable
{
    private static readonly string[] Resources = ["identity", "party", "incubation", "volunteers", "charity", "reporting", "gateway", "web"];

    private readonly PrivateAppHost _host = new();
    private readonly string _consoleSecret = DevelopmentUsers.NewPassword();
    private DistributedApplication _app = null!;

    public Uri Gateway => _app.GetEndpoint("gateway", "http");
    public DevelopmentUsers Users => _host.Users;
    public string CityAdminSecret => _host.CityAdminSecret;
    public TimeSpan SeedDuration { get; private set; }

    public static async Task<SeededAppHost> StartAsync(string scale)
    {
        var host = new SeededAppHost();
        await host.StartAppHostAsync(scale);
        return host;
    }

    private async Task StartAppHostAsync(string scale)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(45));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<apphost::Projects.AppHost>(
            _host.ArgumentsWith(scale, [$"--Parameters:console-client-secret={_consoleSecret}"]),
            (options, _) => options.DisableDashboard = true, cancel.Token);
        builder.Services.AddLogging(logging => logging
            .AddFilter("AppHost.Resources", LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        _app = await builder.BuildAsync(cancel.Token);
        var clock = Stopwatch.StartNew();
        await _app.StartAsync(cancel.Token);
        var seeded = await _app.ResourceNotifications.WaitForResourceAsync("seeder",
            e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), cancel.Token);
        if (seeded.Snapshot.ExitCode != 0)
        {
            throw new InvalidOperationException($"The seeder ended with exit code {seeded.Snapshot.ExitCode}: the {scale} city is not loaded.");
        }

        SeedDuration = clock.Elapsed;
        foreach (var resource in Resources)
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancel.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _host.Dispose();
    }
}
