using Platform.Messaging;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.Volunteers.Activities;
using Platform.Volunteers.Points;
using Platform.Volunteers.Teams;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Data;

public sealed class VolunteersDb(DbContextOptions<VolunteersDb> options) : DbContext(options), IRegionReplicaContext
{
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMembership> TeamMemberships => Set<TeamMembership>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Participation> Participations => Set<Participation>();
    public DbSet<HoursConfirmation> HoursConfirmations => Set<HoursConfirmation>();
    public DbSet<PointsEntry> PointsEntries => Set<PointsEntry>();
    public DbSet<CancelledRedemption> CancelledRedemptions => Set<CancelledRedemption>();

    public DbSet<ReplicatedRegion> ReplicatedRegions => Set<ReplicatedRegion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddRegionReplica();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VolunteersDb).Assembly);
    }
}
