using Platform.Messaging;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Users;
using Platform.Identity.Audit;
using Platform.Identity.Keys;
using Platform.RegionReplica;

namespace Platform.Identity.Data;

/// <summary>
/// Users and roles (ASP.NET Core Identity), OpenIddict's applications, authorizations and tokens, the persisted
/// development keys, the audit log, and the platform's outbox, inbox and region replica.
/// </summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options)
    : IdentityDbContext<PlatformUser, IdentityRole<Guid>, Guid>(options), IRegionReplicaContext
{
    public DbSet<StoredKey> StoredKeys => Set<StoredKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ReplicatedRegion> ReplicatedRegions => Set<ReplicatedRegion>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.AddOutboxAndInbox();
        builder.AddRegionReplica();
        builder.ApplyConfigurationsFromAssembly(typeof(IdentityDb).Assembly);
    }
}
