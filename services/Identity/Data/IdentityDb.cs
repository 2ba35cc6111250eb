using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;

namespace Platform.Identity.Data;

public sealed class IdentityDb(DbContextOptions<IdentityDb> options) : ReplicaServiceDbContext(options);
