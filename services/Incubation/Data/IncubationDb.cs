using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;

namespace Platform.Incubation.Data;

public sealed class IncubationDb(DbContextOptions<IncubationDb> options) : ReplicaServiceDbContext(options);
