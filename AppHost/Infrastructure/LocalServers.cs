using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.AppHost.Infrastructure;

/// <summary>
/// Starts the locally installed PostgreSQL, Redis and RabbitMQ (see infra/*.sh) as executable resources with their
/// data under a git-ignored folder, on fixed ports that Aspire does not proxy, each with a health check.
/// </summary>
internal static class LocalServers
{
    public static PlatformInfrastructure AddLocalServers(
        this IDistributedApplicationBuilder builder,
        InfrastructureSettings settings,
        IResourceBuilder<ParameterResource> postgresPassword,
        IResourceBuilder<ParameterResource> cachePassword,
        IResourceBuilder<ParameterResource> messagingUser,
        IResourceBuilder<ParameterResource> messagingPassword)
    {
        var dataRoot = Directory.CreateDirectory(Path.GetFullPath(settings.DataDirectory, builder.AppHostDirectory)).FullName;
        var scripts = Path.Combine(builder.AppHostDirectory, "infra");

        var postgres = builder.AddServer(
                new LocalPostgresResource(InfrastructureExtensions.PostgresName, dataRoot, settings.PostgresPort, postgresPassword.Resource),
                Path.Combine(scripts, "postgres.sh"), ServerProbes.PostgresAsync)
            .WithEnvironment("DATA_DIR", Path.Combine(dataRoot, "postgres"))
            .WithEnvironment("PG_PORT", settings.PostgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("PG_PASSWORD", postgresPassword);

        var cache = builder.AddServer(
                new LocalRedisResource(InfrastructureExtensions.CacheName, dataRoot, settings.RedisPort, cachePassword.Resource),
                Path.Combine(scripts, "redis.sh"), ServerProbes.RedisAsync)
            .WithEnvironment("DATA_DIR", Path.Combine(dataRoot, "redis"))
            .WithEnvironment("REDIS_PORT", settings.RedisPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("REDIS_PASSWORD", cachePassword);

        var messaging = builder.AddServer(
                new LocalRabbitMqResource(InfrastructureExtensions.MessagingName, dataRoot, settings.RabbitMqPort, messagingUser.Resource, messagingPassword.Resource),
                Path.Combine(scripts, "rabbitmq.sh"), ServerProbes.RabbitMqAsync)
            .WithEnvironment("DATA_DIR", Path.Combine(dataRoot, "rabbitmq"))
            .WithEnvironment("RABBITMQ_PORT", settings.RabbitMqPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("RABBITMQ_USER", messagingUser)
            .WithEnvironment("RABBITMQ_PASSWORD", messagingPassword);

        return new PlatformInfrastructure(
            postgres,
            name => builder.AddResource(new LocalPostgresDatabaseResource(name, name, postgres.Resource)),
            cache,
            messaging);
    }

    private static IResourceBuilder<TServer> AddServer<TServer>(
        this IDistributedApplicationBuilder builder, TServer server, string script,
        Func<string, CancellationToken, Task> probe)
        where TServer : LocalServerResource
    {
        var healthCheckKey = $"{server.Name}-ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheckKey, async cancellationToken =>
        {
            try
            {
                var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken)
                    ?? throw new InvalidOperationException("No connection string yet.");
                await probe(connectionString, cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy(ex.Message, ex);
            }
        });

        return builder.AddResource(server)
            .WithArgs(script)
            .WithEndpoint(port: server.Port, targetPort: server.Port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithHealthCheck(healthCheckKey)
            .ExcludeFromManifest();
    }
}
