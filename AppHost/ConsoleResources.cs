using Platform.AppHost.Infrastructure;

namespace Platform.AppHost;

/// <summary>
/// The staff web console: served by the gateway at the root of the public origin, signing in at Identity as the
/// confidential client <c>platform-console</c> (its secret a generated, persisted parameter that Identity gets too), its
/// sessions and keys in the shared Redis.
/// </summary>
internal static class ConsoleResources
{
    public const string ClientSecret = "console-client-secret";

    public static IResourceBuilder<ProjectResource> AddWebConsole(this IDistributedApplicationBuilder builder,
        PlatformInfrastructure infrastructure, IResourceBuilder<ProjectResource> identity, IResourceBuilder<ProjectResource> gateway)
    {
        var secret = builder.AddParameter(ClientSecret, new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
        identity.WithEnvironment("Identity__Seed__ConsoleSecret", secret);
        var web = builder.AddProject<Projects.Web>("web")
            .WithReference(infrastructure.Cache)
            .WaitFor(infrastructure.Cache)
            .WithReference(gateway)
            .WithEnvironment("Console__ClientSecret", secret)
            .WithHttpHealthCheck(ServiceHealth.HealthPath);
        gateway.WithReference(web);
        return web;
    }
}
