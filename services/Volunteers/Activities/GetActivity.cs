using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Security;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Activities;

public static class GetActivity
{
    public static async Task<Results<Ok<ActivityResponse>, NotFound>> HandleAsync(
        Guid activityId, ClaimsPrincipal user, VolunteersDb db, CancellationToken cancellationToken) =>
        await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken) is { } activity
        && user.CanReach(activity.CommunityCode)
            ? TypedResults.Ok(activity.ToResponse())
            : TypedResults.NotFound();
}
