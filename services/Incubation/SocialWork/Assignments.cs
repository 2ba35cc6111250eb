using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Data;
using Platform.Incubation.Http;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Incubation.SocialWork;

public sealed record AssignWorkerRequest([Required] Guid? SocialWorkerId);

/// <summary>
/// Assigning a worker to a room and taking them off it. A worker already serving in a room is a 409 from the unique
/// index over open assignments; two concurrent unassignments meet the row version, so only one publishes.
/// </summary>
public static class Assignments
{
    public static async Task<Results<Created<AssignmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AssignAsync(
        Guid roomId, AssignWorkerRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await FindRoomAsync(db, roomId, user, cancellationToken) is not { } room)
        {
            return TypedResults.NotFound();
        }

        var worker = await db.SocialWorkers.AsNoTracking().FirstOrDefaultAsync(w => w.Id == request.SocialWorkerId, cancellationToken);
        if (worker is null || !user.CanReach(worker.CommunityCode))
        {
            return TypedResults.ValidationProblem(Errors.Of("socialWorkerId", "No social worker you can reach has this id."));
        }

        var assignment = RoomAssignment.Assign(room.Id, worker.Id, user.SubjectOf(), clock.GetUtcNow());
        db.RoomAssignments.Add(assignment);
        db.Publish(assignment.Assigned(room, worker));
        if (await db.SaveOrRefuseAsync(cancellationToken) is { } duplicate)
        {
            return duplicate.ToConflict();
        }

        return TypedResults.Created($"{IncubationApi.Prefix}/rooms/{room.Id}", assignment.ToResponse());
    }

    public static async Task<Results<Ok<AssignmentResponse>, NotFound>> UnassignAsync(
        Guid roomId, Guid socialWorkerId, string? reason, ClaimsPrincipal user, IncubationDb db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var room = await FindRoomAsync(db, roomId, user, cancellationToken);
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

    private static async Task<SocialWorkRoom?> FindRoomAsync(IncubationDb db, Guid roomId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, cancellationToken) is { } room && user.CanReach(room.CommunityCode)
            ? room
            : null;
}
