using Microsoft.Extensions.DependencyInjection;

namespace Platform.AppHost;

/// <summary>
/// The seeder (seeds/Seeder) as a project resource: it waits for the services it loads (the five domain services and
/// Identity), runs once and exits; the gateway waits for its completion, so <c>./build.sh run</c> ends with a seeded
/// city. <c>Seed:Scale</c> (configuration or <c>--Seed:Scale=</c>) is full (default), sample or none (no seeder at all,
/// as the end-to-end tests run).
/// It signs in as the client-credentials client <c>seeder</c> (city-admin, 511600), whose secret is a generated,
/// persisted parameter given to both Identity's seed configuration and the seeder.
/// </summary>
internal static class Seeding
{
    private const string ClientId = "seeder";

    public static IResourceBuilder<ProjectResource>? AddSeeder(
        this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> identity, params IResourceBuilder<ProjectResource>[] services)
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

        var seeds = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "seeds"));
        var seeder = builder.AddProject<Projects.Seeder>(ClientId)
            .WithReference(identity).WaitFor(identity)
            .WithEnvironment("Seed__Scale", scale)
            .WithEnvironment("Seed__DataDirectory", Path.Combine(seeds, ".data"))
            .WithEnvironment("Seed__SamplesDirectory", Path.Combine(seeds, "samples"))
            .WithEnvironment("Seed__ClientId", ClientId)
            .WithEnvironment("Seed__ClientSecret", secret);
        foreach (var service in services)
        {
            seeder.WithReference(service).WaitFor(service);
        }

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
}
