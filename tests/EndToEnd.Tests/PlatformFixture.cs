using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Platform.Testing;

[assembly: AssemblyFixture(typeof(Platform.EndToEnd.Tests.PlatformFixture))]

namespace Platform.EndToEnd.Tests;

/// <summary>
/// The real AppHost, started once for the whole run on its own ports and data folder, with every service writing its
/// finished spans to a file so that tests can read a trace across processes.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public static readonly string[] Services = ["party", "incubation", "volunteers", "charity", "reporting", "identity"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly string _dataRoot = Directory.CreateTempSubdirectory("platform-e2e-").FullName;
    private DistributedApplication? _app;

    public HttpClient Gateway { get; private set; } = null!;
    public DistributedApplication App => _app!;
    public string SpanDirectory => Path.Combine(_dataRoot, "spans");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(SpanDirectory);
        using var cancel = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [
                "--Infrastructure:Mode=local",
                $"--Infrastructure:DataDirectory={Path.Combine(_dataRoot, "servers")}",
                $"--Infrastructure:PostgresPort={Port()}",
                $"--Infrastructure:RedisPort={Port()}",
                $"--Infrastructure:RabbitMqPort={Port()}",
                "--Parameters:postgres-password=e2e-postgres-password",
                "--Parameters:cache-password=e2e-cache-password",
                "--Parameters:messaging-password=e2e-messaging-password",
            ],
            (options, _) => options.DisableDashboard = true,
            cancel.Token);

        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("Telemetry__SpanFile", Path.Combine(SpanDirectory, $"{project.Name}.jsonl"));
        }

        _app = await builder.BuildAsync(cancel.Token);
        await _app.StartAsync(cancel.Token);
        foreach (var resource in Services.Append("gateway"))
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancel.Token);
        }

        Gateway = _app.CreateHttpClient("gateway", "http");
    }

    public async ValueTask DisposeAsync()
    {
        Gateway?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
        catch (IOException)
        {
            // Leftover files of a server still shutting down; the OS cleans temp folders.
        }
    }

    private static string Port() => FreePort.Next().ToString(CultureInfo.InvariantCulture);
}
