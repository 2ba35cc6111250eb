using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Platform.Testing;

namespace Platform.Clients.Tests;

/// <summary>
/// The real AppHost with the sample city seeded, started once for the whole run on its own ports and data folder, and
/// one headless Chromium (Debian's, by path) that every test opens its own context in.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    public static readonly string[] Services = ["identity", "party", "incubation", "volunteers", "charity", "reporting"];

    /// <summary>The seeder resource (AppHost/Seeding.cs): it loads the sample city and exits.</summary>
    private const string Seeder = "seeder";

    /// <summary>The staff console, once the AppHost has it; the fixture waits for it only when it exists.</summary>
    private const string Console = "web";

    /// <summary>Secret parameters the AppHost may ask for; each gets a value generated for this run (unused ones are ignored).</summary>
    private static readonly string[] GeneratedParameters = ["console-client-secret"];

    // Generous: the servers, six services and the seeder share the machine's cores with whatever else runs on it.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan SeedTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan HealthyTimeout = TimeSpan.FromMinutes(5);

    private readonly PrivateAppHost _host = new();
    private readonly Dictionary<string, string> _parameters = GeneratedParameters.ToDictionary(name => name, _ => DevelopmentUsers.NewPassword());
    private DistributedApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>The public origin: the gateway's <c>http</c> endpoint, which serves the console at its root.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>This run's development users and their passwords.</summary>
    public DevelopmentUsers Users => _host.Users;

    public IBrowser Browser { get; private set; } = null!;
    public DistributedApplication App => _app!;

    /// <summary>Whether the AppHost has the console resource yet.</summary>
    public bool HasConsole { get; private set; }

    /// <summary>How long the AppHost took to start and seed the sample city, for the run's report.</summary>
    public TimeSpan StartDuration { get; private set; }

    public string ParameterValue(string name) => _parameters[name];

    public async ValueTask InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            // Whether or not xunit disposes a fixture that failed to start, its servers must not outlive the run; disposing twice is harmless.
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        var clock = Stopwatch.StartNew();
        using var starting = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            _host.ArgumentsWith("sample", _parameters.Select(p => $"--Parameters:{p.Key}={p.Value}")),
            (options, _) => options.DisableDashboard = true,
            starting.Token);
        HasConsole = builder.Resources.Any(resource => resource.Name == Console);

        _app = await builder.BuildAsync(starting.Token);
        await _app.StartAsync(starting.Token);
        await WaitForSeederAsync();
        foreach (var resource in Services.Append("gateway").Concat(HasConsole ? [Console] : []))
        {
            using var healthy = new CancellationTokenSource(HealthyTimeout);
            await WaitAsync(_app.ResourceNotifications.WaitForResourceHealthyAsync(resource, healthy.Token), resource, "healthy", HealthyTimeout);
        }

        BaseAddress = _app.GetEndpoint("gateway", "http");
        StartDuration = clock.Elapsed;
        Browser = await Chromium.LaunchAsync(_playwright = await Chromium.CreatePlaywrightAsync());
        TestContext.Current.SendDiagnosticMessage(
            $"AppHost with the sample city started in {StartDuration.TotalSeconds:0.0} s (console resource: {(HasConsole ? "yes" : "not yet")}).");
    }

    private async Task WaitForSeederAsync()
    {
        using var seeded = new CancellationTokenSource(SeedTimeout);
        var finished = await WaitAsync(
            _app!.ResourceNotifications.WaitForResourceAsync(Seeder, e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), seeded.Token),
            Seeder, "finished", SeedTimeout);
        Assert.True(finished.Snapshot.ExitCode == 0,
            $"the seeder ended {finished.Snapshot.State?.Text} with exit code {finished.Snapshot.ExitCode}: the sample city is not loaded.");
    }

    private static async Task<T> WaitAsync<T>(Task<T> waiting, string resource, string what, TimeSpan timeout)
    {
        try
        {
            return await waiting;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the resource '{resource}' was not {what} within {timeout.TotalMinutes:0} minutes.");
        }
    }

    private static async Task WaitAsync(Task waiting, string resource, string what, TimeSpan timeout)
    {
        try
        {
            await waiting;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the resource '{resource}' was not {what} within {timeout.TotalMinutes:0} minutes.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
            Browser = null!;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }

        _host.Dispose();
    }
}
