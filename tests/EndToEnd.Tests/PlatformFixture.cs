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

    /// <summary>Where the web client <c>platform-web</c> is sent back with its code in these tests (never fetched).</summary>
    public const string WebRedirectUri = "http://localhost/callback";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly PrivateAppHost _host = new();
    private DistributedApplication? _app;

    /// <summary>The gateway as the development city administrator (client credentials) sees it.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The gateway with no token.</summary>
    public HttpClient Anonymous { get; private set; } = null!;
    public DistributedApplication App => _app!;

    /// <summary>This run's ports, folders and development credentials.</summary>
    public PrivateAppHost Host => _host;
    public string SpanDirectory => Path.Combine(_host.DataRoot, "spans");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(SpanDirectory);
        using var cancel = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            _host.Arguments,
            (options, _) => options.DisableDashboard = true,
            cancel.Token);

        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("Telemetry__SpanFile", Path.Combine(SpanDirectory, $"{project.Name}.jsonl"));
        }

        var identity = builder.Resources.OfType<ProjectResource>().Single(p => p.Name == "identity");
        builder.CreateResourceBuilder(identity).WithEnvironment("Identity__Seed__WebRedirectUris__0", WebRedirectUri);

        _app = await builder.BuildAsync(cancel.Token);
        await _app.StartAsync(cancel.Token);
        foreach (var resource in Services.Append("gateway"))
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancel.Token);
        }

        Anonymous = _app.CreateHttpClient("gateway", "http");
        Gateway = _app.CreateHttpClient("gateway", "http");
        Gateway.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(PrivateAppHost.CityAdminClient, _host.CityAdminSecret, cancel.Token));
    }

    public async Task<string> TokenAsync(string clientId, string secret, CancellationToken cancellationToken)
    {
        var response = await Anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "platform",
        }), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"token request answered {response.StatusCode}: {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Gateway?.Dispose();
        Anonymous?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _host.Dispose();
    }
}
