using Platform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Activities;

public static class CancelSignUp
{
    /// <summary>Another volunteer's sign-up, or an activity out of reach, is 404.</summary>
    public static async Task<Results<Ok<ParticipationResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid activityId, Guid volunteerId, ClaimsPrincipal user, VolunteersDb db, CancellationToken cancellationToken) =>
        !user.MayActForVolunteer(volunteerId) ? TypedResults.NotFound() :
        await db.InTransactionAsync<Results<Ok<ParticipationResponse>, NotFound, ProblemHttpResult>>(async ct =>
        {
            var community = await db.Activities.Where(a => a.Id == activityId).Select(a => a.CommunityCode).FirstOrDefaultAsync(ct);
            if (!user.CanReach(community))
            {
                return TypedResults.NotFound();
            }

            var participation = await db.Participations.FirstOrDefaultAsync(p => p.ActivityId == activityId && p.VolunteerId == volunteerId, ct);
            if (participation is null)
            {
                return TypedResults.NotFound();
            }

            if (participation.Cancel() is { } problem)
            {
                return problem.ToConflict();
            }

            // The row version makes a concurrent second cancellation fail (409) instead of freeing the place twice.
            await db.SaveChangesAsync(ct);
            await db.Activities.Where(a => a.Id == activityId)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.SignedUp, x => x.SignedUp - 1), ct);
            return TypedResults.Ok(participation.ToResponse());
        }, cancellationToken);
}
