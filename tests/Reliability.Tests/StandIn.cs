using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Data;

namespace Platform.Reliability.Tests;

/// <summary>
/// The upstream service of the fault tests (Charity, PartyBuilding): it publishes through the platform's own outbox
/// and relay, so that its events survive a broker outage exactly as a real service's do.
/// </summary>
public sealed class StandInDb(DbContextOptions<StandInDb> options) : ServiceDbContext(options);
