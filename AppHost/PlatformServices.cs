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

    /// <summary>
    /// Personal-data keys (AES-GCM and HMAC) from generated, persisted secret parameters, so that they live outside the
    /// database: <c>{section}:PersonalDataKey</c> and <c>{section}:PersonalDataHashKey</c>. A generated value is letters
    /// and digits, not base64; Platform.PersonalData stretches such a secret of at least 32 characters with HKDF.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPersonalDataKeys(this IResourceBuilder<ProjectResource> service, string section)
    {
        var key = service.ApplicationBuilder.AddParameter($"{service.Resource.Name}-personal-data-key",
            new GenerateParameterDefault { MinLength = 44, Special = false }, secret: true, persist: true);
        var hashKey = service.ApplicationBuilder.AddParameter($"{service.Resource.Name}-personal-data-hash-key",
            new GenerateParameterDefault { MinLength = 44, Special = false }, secret: true, persist: true);
        return service
            .WithEnvironment($"{section}__PersonalDataKey", key)
            .WithEnvironment($"{section}__PersonalDataHashKey", hashKey);
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
