using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Data;
using Platform.Messaging;
using Platform.Security;

namespace Platform.Incubation.Rooms;

/// <summary>社工离开: two concurrent unassignments meet the row version, so only one publishes.</summary>
public static class UnassignSocialWorker
{
    public static async Task<Results<Ok<AssignmentResponse>, NotFound>> HandleAsync(
        Guid roomId, Guid socialWorkerId, string? reason, ClaimsPrincipal user, IncubationDb db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var room = await db.FindReachableRoomAsync(roomId, user, cancellationToken);
        var assignment = await db.RoomAssignments.FirstOrDefaultAsync(
            a => a.RoomId == roomId && a.SocialWorkerId == socialWorkerId && a.UnassignedAt == null, cancellationToken);
        if (room is null || assignment is null)
        {
            return TypedResults.NotFound();
        }

        assignment.Unassign(user.SubjectOf(), reason?[..Math.Min(reason.Length, 500)], clock.GetUtcNow());
        db.Publish(assignment.Unassigned(room));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(assignment.ToResponse());
    }
}
