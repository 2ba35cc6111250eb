using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Accounts;
using Platform.Identity.Audit;
using Platform.Identity.Keys;
using Platform.RegionReplica;

namespace Platform.Identity.Data;

/// <summary>
/// Users and roles (ASP.NET Core Identity), OpenIddict's applications, authorizations and tokens, the persisted
/// development keys, the audit log, and the platform's outbox, inbox and region replica.
/// </summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options) : ReplicaServiceDbContext(options)
{
    public DbSet<PlatformUser> Users => Set<PlatformUser>();
    public DbSet<StoredKey> StoredKeys => Set<StoredKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        IdentityModel.ApplyTo(modelBuilder);
        modelBuilder.UseOpenIddict();
    }

    /// <summary>
    /// ASP.NET Core Identity keeps its model in <see cref="IdentityDbContext{TUser,TRole,TKey}"/>.OnModelCreating, while
    /// this context must derive from the platform's ServiceDbContext (outbox, inbox); it borrows that model here rather
    /// than copying it, so it stays the one Identity's stores expect.
    /// </summary>
    private sealed class IdentityModel(DbContextOptions options) : IdentityDbContext<PlatformUser, IdentityRole<Guid>, Guid>(options)
    {
        public static void ApplyTo(ModelBuilder modelBuilder)
        {
            var options = new DbContextOptionsBuilder<IdentityModel>().UseNpgsql().Options;
            using var model = new IdentityModel(options);
            model.OnModelCreating(modelBuilder);
        }
    }
}
