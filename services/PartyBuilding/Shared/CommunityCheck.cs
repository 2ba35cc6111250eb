using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Shared;

internal static class CommunityCheck
{
    public static Task<bool> IsLiveCommunityAsync(this PartyDb db, string code, CancellationToken cancellationToken) =>
        db.Regions.AnyAsync(r => r.Code == code && r.Level == RegionLevel.Community && !r.Retired, cancellationToken);
}
