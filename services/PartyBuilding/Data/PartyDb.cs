using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Regions;
using Platform.ServiceDefaults.Data;

namespace Platform.PartyBuilding.Data;

public sealed class PartyDb(DbContextOptions<PartyDb> options) : ServiceDbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartyDb).Assembly);
    }
}
