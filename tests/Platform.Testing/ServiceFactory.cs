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
    private readonly Action<IWebHostBuilder>? configure;

    /// <param name="settings">Configuration on top, e.g. <see cref="TestIdentity.ServiceSettings"/> so the service validates real tokens.</param>
    /// <param name="configure">Extra settings or services for this service (keys, a log capture), applied last.</param>
    public ServiceFactory(
        LocalServers servers, string serviceName, IReadOnlyDictionary<string, string?>? settings = null, Action<IWebHostBuilder>? configure = null)
    {
        this.servers = servers;
        this.serviceName = serviceName;
        this.settings = settings ?? new Dictionary<string, string?>();
        this.configure = configure;
        UseKestrel(0);
        StartServer();
    }

    /// <param name="configure">Extra settings or services for this service (keys, a log capture), applied last.</param>
    public ServiceFactory(LocalServers servers, string serviceName, Action<IWebHostBuilder> configure)
        : this(servers, serviceName, null, configure)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{serviceName}db", servers.PostgresConnectionString($"{serviceName}_tests"));
        builder.UseSetting("ConnectionStrings:messaging", servers.RabbitMqConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        if (servers.RedisConnectionString is { } redis)
        {
            builder.UseSetting("ConnectionStrings:cache", redis);
        }

        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        configure?.Invoke(builder);
    }
}
