using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;

namespace Platform.Volunteers.Data;

public sealed class VolunteersDb(DbContextOptions<VolunteersDb> options) : ReplicaServiceDbContext(options);
