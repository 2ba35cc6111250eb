using Microsoft.Extensions.DependencyInjection;

namespace Platform.AppHost;

/// <summary>
/// The seeder (seeds/Seeder) as a project resource: it waits for the services it loads (the five domain services and
/// Identity), runs once and exits; the gateway waits for its completion, so <c>./build.sh run</c> ends with a seeded
/// city. Then <c>seed-check</c> (the seeder with <c>--check-figures</c>) reads the city overview through the gateway,
/// prints the figure table in its log and exits non-zero when a figure differs. <c>Seed:Scale</c> (configuration or <c>--Seed:Scale=</c>) is full (default), sample or none (no seeder at all,
/// as the end-to-end tests run).
/// It signs in as the client-credentials client <c>seeder</c> (city-admin, 511600), whose secret is a generated,
/// persisted parameter given to both Identity's seed configuration and the seeder.
/// </summary>
internal static class Seeding
{
    private const string ClientId = "seeder";

    public static IResourceBuilder<ProjectResource>? AddSeeder(this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> identity,
        IResourceBuilder<ProjectResource> gateway, params IResourceBuilder<ProjectResource>[] services)
    {
        var scale = builder.Configuration["Seed:Scale"] ?? "full";
        if (scale == "none")
        {
            return null;
        }

        var secret = builder.AddParameter($"{ClientId}-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
        var prefix = $"Identity__Seed__Clients__{ClientId}__";
        identity
            .WithEnvironment(prefix + "DisplayName", "Seeder 种子数据")
            .WithEnvironment(prefix + "Role", "city-admin")
            .WithEnvironment(prefix + "Region", "511600")
            .WithEnvironment(prefix + "Secret", secret);

        var seeder = builder.AddProject<Projects.Seeder>(ClientId).WithSeedSettings(identity, scale, secret);
        foreach (var service in services)
        {
            seeder.WithReference(service).WaitFor(service);
        }

        // The platform opens its doors once the city is seeded; then the figures are read as a client reads them.
        gateway.WaitForCompletion(seeder);
        builder.AddProject<Projects.Seeder>("seed-check").WithSeedSettings(identity, scale, secret)
            .WithArgs("--check-figures")
            .WithReference(gateway).WaitFor(gateway).WaitForCompletion(seeder);

        return seeder.WithCommand("seed-again", "Seed again 重新加载种子数据",
            context => context.Services.GetRequiredService<ResourceCommandService>()
                .ExecuteCommandAsync(seeder.Resource, KnownResourceCommands.StartCommand, context.CancellationToken),
            new CommandOptions
            {
                Description = "Runs the seeder again: it loads what is missing and skips what is loaded.",
                IconName = "ArrowSync",
                UpdateState = context => context.ResourceSnapshot.State?.Text == KnownResourceStates.Running
                    ? ResourceCommandState.Disabled : ResourceCommandState.Enabled,
            });
    }

    private static IResourceBuilder<ProjectResource> WithSeedSettings(this IResourceBuilder<ProjectResource> resource,
        IResourceBuilder<ProjectResource> identity, string scale, IResourceBuilder<ParameterResource> secret)
    {
        var seeds = Path.GetFullPath(Path.Combine(resource.ApplicationBuilder.AppHostDirectory, "..", "seeds"));
        return resource
            .WithReference(identity).WaitFor(identity)
            .WithEnvironment("Seed__Scale", scale)
            .WithEnvironment("Seed__DataDirectory", Path.Combine(seeds, ".data"))
            .WithEnvironment("Seed__SamplesDirectory", Path.Combine(seeds, "samples"))
            .WithEnvironment("Seed__ClientId", ClientId)
            .WithEnvironment("Seed__ClientSecret", secret);
    }
}
