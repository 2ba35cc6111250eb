using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Data;
using Platform.Security;

namespace Platform.Incubation.SocialWorkers;

/// <summary>A social worker within reach and the room they serve in, if any.</summary>
public static class GetSocialWorker
{
    public static async Task<Results<Ok<SocialWorkerResponse>, NotFound>> HandleAsync(Guid id, ClaimsPrincipal user, IncubationDb db, CancellationToken cancellationToken)
    {
        var worker = await db.SocialWorkers.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (worker is null || !user.CanReach(worker.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        var roomId = await db.RoomAssignments.Where(a => a.SocialWorkerId == id && a.UnassignedAt == null).Select(a => (Guid?)a.RoomId).FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(worker.ToResponse(roomId));
    }
}
