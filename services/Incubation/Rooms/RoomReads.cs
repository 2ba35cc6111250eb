using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Data;
using Platform.Security;

namespace Platform.Incubation.Rooms;

public static class RoomReads
{
    /// <summary>The room when it exists and its community is within the caller's reach; otherwise null (a 404).</summary>
    public static async Task<SocialWorkRoom?> FindReachableRoomAsync(this IncubationDb db, Guid roomId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, cancellationToken) is { } room && user.CanReach(room.CommunityCode)
            ? room
            : null;
}
