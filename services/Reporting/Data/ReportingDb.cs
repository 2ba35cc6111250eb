using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;

namespace Platform.Reporting.Data;

public sealed class ReportingDb(DbContextOptions<ReportingDb> options) : ReplicaServiceDbContext(options);
