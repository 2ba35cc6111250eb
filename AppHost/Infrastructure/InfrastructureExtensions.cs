using Microsoft.Extensions.Configuration;

namespace Platform.AppHost.Infrastructure;

internal static class InfrastructureExtensions
{
    public const string PostgresName = "postgres";
    public const string CacheName = "cache";
    public const string MessagingName = "messaging";

    /// <summary>
    /// PostgreSQL, Redis and RabbitMQ as containers where a container runtime answers, otherwise as the locally
    /// installed servers. <c>Infrastructure:Mode</c> (auto, containers or local) overrides the detection.
    /// </summary>
    public static PlatformInfrastructure AddPlatformInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Infrastructure").Get<InfrastructureSettings>() ?? new InfrastructureSettings();
        var useContainers = settings.Mode switch
        {
            "containers" => true,
            "local" => false,
            _ => ContainerRuntime.IsHealthy(),
        };

        var postgresPassword = builder.AddParameter("postgres-password", new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true, persist: true);
        var cachePassword = builder.AddParameter("cache-password", new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true, persist: true);
        var messagingUser = builder.AddParameter("messaging-user", "platform");
        var messagingPassword = builder.AddParameter("messaging-password", new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true, persist: true);

        return useContainers
            ? AddContainers(builder, postgresPassword, cachePassword, messagingUser, messagingPassword)
            : builder.AddLocalServers(settings, postgresPassword, cachePassword, messagingUser, messagingPassword);
    }

    private static PlatformInfrastructure AddContainers(
        IDistributedApplicationBuilder builder,
        IResourceBuilder<ParameterResource> postgresPassword,
        IResourceBuilder<ParameterResource> cachePassword,
        IResourceBuilder<ParameterResource> messagingUser,
        IResourceBuilder<ParameterResource> messagingPassword)
    {
        var postgres = builder.AddPostgres(PostgresName, password: postgresPassword).WithDataVolume();
        var cache = builder.AddRedis(CacheName, password: cachePassword);
        var messaging = builder.AddRabbitMQ(MessagingName, messagingUser, messagingPassword).WithDataVolume();
        return new PlatformInfrastructure(postgres, name => postgres.AddDatabase(name), cache, messaging);
    }
}
