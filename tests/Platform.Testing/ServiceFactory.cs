using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Platform.Testing;

/// <summary>A service under test on the real PostgreSQL and RabbitMQ, migrated on start like the AppHost does.</summary>
/// <remarks>It runs on a real Kestrel server, so that request limits and HTTP behave as in production.</remarks>
public sealed class ServiceFactory<TProgram> : WebApplicationFactory<TProgram> where TProgram : class
{
    private readonly LocalServers servers;
    private readonly string serviceName;
    private readonly IReadOnlyDictionary<string, string?> settings;

    /// <param name="settings">Configuration on top, e.g. <see cref="TestIdentity.ServiceSettings"/> so the service validates real tokens.</param>
    public ServiceFactory(LocalServers servers, string serviceName, IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.servers = servers;
        this.serviceName = serviceName;
        this.settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(0);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{serviceName}db", servers.PostgresConnectionString($"{serviceName}_tests"));
        builder.UseSetting("ConnectionStrings:messaging", servers.RabbitMqConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
