using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Data;

namespace Platform.Incubation.Rooms;

/// <summary>A room within reach and the workers serving there now.</summary>
public static class GetRoom
{
    public static async Task<Results<Ok<RoomResponse>, NotFound>> HandleAsync(Guid id, ClaimsPrincipal user, IncubationDb db, CancellationToken cancellationToken)
    {
        if (await db.FindReachableRoomAsync(id, user, cancellationToken) is not { } room)
        {
            return TypedResults.NotFound();
        }

        var open = await db.RoomAssignments.AsNoTracking().Where(a => a.RoomId == id && a.UnassignedAt == null).OrderBy(a => a.AssignedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(room.ToResponse(open));
    }
}
