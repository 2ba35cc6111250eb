using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.RegionReplica;

public static class RegionReplicaServices
{
    public static IHostApplicationBuilder AddRegionDirectory<TContext>(this IHostApplicationBuilder builder)
        where TContext : class, IRegionReplicaContext
    {
        builder.Services.AddScoped<IRegionReplicaContext>(sp => sp.GetRequiredService<TContext>());
        builder.Services.AddScoped<RegionDirectory>();
        return builder;
    }
}
