using Microsoft.EntityFrameworkCore;
using MassTransit;
using Platform.Contracts;
using Platform.Contracts.PartyBuilding;
using Platform.Messaging;

namespace Platform.RegionReplica;

/// <summary>Keeps the local replica at the newest version of each region; older or repeated events change nothing.</summary>
public sealed class RegionReplicaConsumer<TContext>(TContext db, TimeProvider clock) :
    IConsumer<RegionRegistered>, IConsumer<RegionChanged>, IConsumer<RegionRetired>
    where TContext : DbContext, IRegionReplicaContext
{
    public Task Consume(ConsumeContext<RegionRegistered> context) =>
        ApplyAsync(context, new RegionState(context.Message.Code, context.Message.Name, context.Message.Level,
            context.Message.ParentCode, context.Message.Version, Retired: false));

    public Task Consume(ConsumeContext<RegionChanged> context) =>
        ApplyAsync(context, new RegionState(context.Message.Code, context.Message.Name, context.Message.Level,
            context.Message.ParentCode, context.Message.Version, Retired: false));

    public Task Consume(ConsumeContext<RegionRetired> context) =>
        ApplyAsync(context, new RegionState(context.Message.Code, context.Message.Name, context.Message.Level,
            context.Message.ParentCode, context.Message.Version, Retired: true));

    private Task ApplyAsync<TMessage>(ConsumeContext<TMessage> context, RegionState state) where TMessage : class =>
        db.ApplyOnceAsync(context, nameof(RegionReplicaConsumer<TContext>), async ct =>
        {
            var region = await db.ReplicatedRegions.FindAsync([state.Code], ct);
            if (region is null)
            {
                db.ReplicatedRegions.Add(new ReplicatedRegion
                {
                    Code = state.Code, Name = state.Name, Level = state.Level, ParentCode = state.ParentCode,
                    Retired = state.Retired, Version = state.Version, UpdatedAt = clock.GetUtcNow(),
                });
            }
            else if (state.Version > region.Version)
            {
                region.Name = state.Name;
                region.Level = state.Level;
                region.ParentCode = state.ParentCode;
                region.Retired = state.Retired;
                region.Version = state.Version;
                region.UpdatedAt = clock.GetUtcNow();
            }
        });

    private sealed record RegionState(string Code, string Name, RegionLevel Level, string? ParentCode, int Version, bool Retired);
}

public static class RegionReplicaRegistration
{
    /// <summary>Registers the replica's consumer on its own queue, <c>{service}-region-replica</c>.</summary>
    public static void AddRegionReplica<TContext>(this IBusRegistrationConfigurator bus, string serviceName)
        where TContext : DbContext, IRegionReplicaContext =>
        bus.AddConsumer<RegionReplicaConsumer<TContext>>().Endpoint(e => e.Name = $"{serviceName}-region-replica");
}
