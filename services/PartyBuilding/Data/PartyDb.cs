using Platform.Messaging;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Compounds;
using Platform.PartyBuilding.DualReports;
using Platform.PartyBuilding.Facilities;
using Platform.PartyBuilding.Communities;
using Platform.PartyBuilding.GovernanceCentres;
using Platform.PartyBuilding.Members;
using Platform.PartyBuilding.Organisations;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Data;

public sealed class PartyDb(DbContextOptions<PartyDb> options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Compound> Compounds => Set<Compound>();
    public DbSet<PartyOrganisation> Organisations => Set<PartyOrganisation>();
    public DbSet<PartyMember> Members => Set<PartyMember>();
    public DbSet<DualReport> DualReports => Set<DualReport>();
    public DbSet<GovernanceCentre> GovernanceCentres => Set<GovernanceCentre>();
    public DbSet<LegalAdviser> LegalAdvisers => Set<LegalAdviser>();
    public DbSet<CommunityFacility> CommunityFacilities => Set<CommunityFacility>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartyDb).Assembly);
    }
}
