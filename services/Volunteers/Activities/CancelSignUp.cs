using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Volunteers.Data;
using Platform.RegionReplica.Queries;
using Platform.Volunteers.Http;

namespace Platform.Volunteers.Activities;

public static class CancelSignUp
{
    public static async Task<Results<Ok<ParticipationResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid activityId, Guid volunteerId, VolunteersDb db, CancellationToken cancellationToken) =>
        await db.InTransactionAsync<Results<Ok<ParticipationResponse>, NotFound, ProblemHttpResult>>(async ct =>
        {
            var participation = await db.Participations.FirstOrDefaultAsync(p => p.ActivityId == activityId && p.VolunteerId == volunteerId, ct);
            if (participation is null)
            {
                return TypedResults.NotFound();
            }

            if (participation.Cancel() is { } problem)
            {
                return Conflicts.Of(problem);
            }

            // The row version makes a concurrent second cancellation fail (409) instead of freeing the place twice.
            await db.SaveChangesAsync(ct);
            await db.Activities.Where(a => a.Id == activityId)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.SignedUp, x => x.SignedUp - 1), ct);
            return TypedResults.Ok(participation.ToResponse());
        }, cancellationToken);
}
