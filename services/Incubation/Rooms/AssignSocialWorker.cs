using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.Messaging;
using Platform.Security;

namespace Platform.Incubation.Rooms;

public sealed record AssignWorkerRequest([Required] Guid? SocialWorkerId);

/// <summary>社工入驻: a worker already serving in a room is a 409 from the unique index over open assignments.</summary>
public static class AssignSocialWorker
{
    public static async Task<Results<Created<AssignmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid roomId, AssignWorkerRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.FindReachableRoomAsync(roomId, user, cancellationToken) is not { } room)
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
        if (await db.SaveOrRefuseAsync(UniqueRefusals.ByIndex, cancellationToken) is { } duplicate)
        {
            return duplicate.ToConflict();
        }

        return TypedResults.Created($"{IncubationService.Prefix}/rooms/{room.Id}", assignment.ToResponse());
    }
}
