using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Centres;
using Platform.Incubation.Organisations;
using Platform.Incubation.PartyOrganisations;
using Platform.Incubation.Projects;
using Platform.Incubation.Rooms;
using Platform.Incubation.SocialWorkers;
using Platform.Messaging;
using Platform.RegionReplica;

namespace Platform.Incubation.Data;

public sealed class IncubationDb(DbContextOptions<IncubationDb> options) : DbContext(options), IRegionReplicaContext
{
    public DbSet<IncubationCentre> Centres => Set<IncubationCentre>();
    public DbSet<SocialOrganisation> Organisations => Set<SocialOrganisation>();
    public DbSet<OrganisationTransition> Transitions => Set<OrganisationTransition>();
    public DbSet<OrganisationGrade> Grades => Set<OrganisationGrade>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ReplicatedPartyOrganisation> PartyOrganisations => Set<ReplicatedPartyOrganisation>();
    public DbSet<SocialWorker> SocialWorkers => Set<SocialWorker>();
    public DbSet<SocialWorkRoom> Rooms => Set<SocialWorkRoom>();
    public DbSet<RoomAssignment> RoomAssignments => Set<RoomAssignment>();

    public DbSet<ReplicatedRegion> ReplicatedRegions => Set<ReplicatedRegion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddRegionReplica();
        modelBuilder.HasSequence<long>(FilingNumbers.Sequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IncubationDb).Assembly);
    }
}
