using Platform.ServiceDefaults.Problems;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Activities;

public sealed record SignUpRequest([Required] Guid? VolunteerId);

public static class SignUp
{
    /// <summary>
    /// Takes a place with a conditional UPDATE (signed_up &lt; capacity) in the same transaction as the sign-up row: under
    /// any number of concurrent requests the activity is never over-filled, and a second sign-up of the same volunteer
    /// fails on the primary key and gives its place back. An activity out of reach is 404 and a volunteer out of reach is
    /// answered as an unknown one, both before any rule of the activity.
    /// </summary>
    public static async Task<Results<Created<ParticipationResponse>, NotFound, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid activityId, SignUpRequest request, ClaimsPrincipal user, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var volunteerId = request.VolunteerId!.Value;
        if (!user.MayActForVolunteer(volunteerId))
        {
            return TypedResults.Forbid();
        }

        return await db.InTransactionAsync<Results<Created<ParticipationResponse>, NotFound, ValidationProblem, ProblemHttpResult, ForbidHttpResult>>(async ct =>
        {
            var now = clock.GetUtcNow();
            var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, ct);
            if (activity is null || !user.CanReach(activity.CommunityCode))
            {
                return TypedResults.NotFound();
            }

            var community = await db.Volunteers.Where(v => v.Id == volunteerId).Select(v => v.CommunityCode).FirstOrDefaultAsync(ct);
            if (community is null || !user.MayActFor(volunteerId, community))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["volunteerId"] = ["No volunteer has this id."] });
            }

            if (activity.SignUpProblem(now) is { } closed)
            {
                return ConflictProblem.For("activityId", closed);
            }

            var participation = await db.Participations.FirstOrDefaultAsync(p => p.ActivityId == activityId && p.VolunteerId == volunteerId, ct);
            if (participation is { HoldsAPlace: true })
            {
                return ConflictProblem.For("volunteerId", "The volunteer is already signed up.");
            }

            var taken = await db.Activities
                .Where(a => a.Id == activityId && a.SignedUp < a.Capacity)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.SignedUp, x => x.SignedUp + 1), ct);
            if (taken == 0)
            {
                return ConflictProblem.For("activityId", "The activity is full.");
            }

            if (participation is null)
            {
                participation = Participation.SignUp(activityId, volunteerId, now);
                db.Participations.Add(participation);
            }
            else
            {
                participation.SignUpAgain(now);
            }

            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{VolunteersService.Prefix}/activities/{activityId}/participants/{volunteerId}", participation.ToResponse());
        }, cancellationToken);
    }
}
