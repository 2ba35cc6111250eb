using Platform.AppHost.Infrastructure;

namespace Platform.AppHost;

/// <summary>
/// The staff web console: served by the gateway at the root of the public origin, signing in at Identity as the
/// confidential client <c>platform-console</c> (its secret the parameter Identity gets too), its
/// sessions and keys in the shared Redis.
/// </summary>
internal static class ConsoleResources
{
    public static IResourceBuilder<ProjectResource> AddWebConsole(this IDistributedApplicationBuilder builder,
        PlatformInfrastructure infrastructure, IResourceBuilder<ProjectResource> gateway)
    {
        var web = builder.AddProject<Projects.Web>("web")
            .WithReference(infrastructure.Cache)
            .WaitFor(infrastructure.Cache)
            .WithReference(gateway)
            .WithEnvironment("Console__ClientSecret", DevelopmentAccounts.ConsoleClientSecret(builder))
            .WithHttpHealthCheck(ServiceHealth.HealthPath);
        gateway.WithReference(web);
        return web;
    }
}
