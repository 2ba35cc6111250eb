using Platform.AppHost.Infrastructure;

namespace Platform.AppHost;

internal static class ServiceHealth
{
    public const string HealthPath = "/health";
}

internal static class PlatformServices
{
    /// <summary>A domain service with its own database (named "{name}db"), the broker and the cache.</summary>
    public static IResourceBuilder<ProjectResource> AddPlatformService<TProject>(
        this IDistributedApplicationBuilder builder, string name, PlatformInfrastructure infrastructure)
        where TProject : IProjectMetadata, new()
    {
        var database = infrastructure.AddDatabase($"{name}db");
        return builder.AddProject<TProject>(name)
            .WithReference(database)
            .WithReference(infrastructure.Messaging)
            .WithReference(infrastructure.Cache)
            .WaitFor(infrastructure.Postgres)
            .WaitFor(infrastructure.Messaging)
            .WaitFor(infrastructure.Cache)
            .WithEnvironment("Database__MigrateOnStartup", "true")
            .WithHttpHealthCheck(ServiceHealth.HealthPath);
    }

    public static IResourceBuilder<ProjectResource> WithServiceReferences(
        this IResourceBuilder<ProjectResource> gateway, params IResourceBuilder<ProjectResource>[] services)
    {
        foreach (var service in services)
        {
            gateway.WithReference(service).WaitFor(service);
        }

        return gateway;
    }
}
