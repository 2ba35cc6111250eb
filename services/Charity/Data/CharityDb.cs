using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;

namespace Platform.Charity.Data;

public sealed class CharityDb(DbContextOptions<CharityDb> options) : ReplicaServiceDbContext(options);
