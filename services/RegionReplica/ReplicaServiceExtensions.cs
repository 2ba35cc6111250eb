using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults;

namespace Platform.RegionReplica;

public static class ReplicaServiceExtensions
{
    /// <summary>A domain service that validates community codes against its own replica of PartyBuilding's regions.</summary>
    public static IHostApplicationBuilder AddReplicaService<TContext>(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? consumers = null)
        where TContext : ReplicaServiceDbContext
    {
        builder.AddPlatformService<TContext>(serviceName, bus =>
        {
            bus.AddRegionReplica<TContext>(serviceName);
            consumers?.Invoke(bus);
        });
        builder.AddRegionDirectory<TContext>();
        return builder;
    }

    /// <summary>The defaults, the OpenAPI document and the replica's read endpoint under the service's prefix.</summary>
    public static WebApplication MapReplicaServiceDefaults(this WebApplication app, string prefix)
    {
        app.MapDefaultEndpoints(prefix);
        app.MapRegionReplicaApi(prefix);
        return app;
    }
}
