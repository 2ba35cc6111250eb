using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Volunteers;
using Platform.RegionReplica;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Activities;

public sealed record PlanActivityRequest(
    [Required, StringLength(200, MinimumLength = 1)] string Title,
    [Required] ActivityCategory? Category,
    [Required] Guid? OrganiserTeamId,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode,
    [Required] DateTimeOffset? StartsAt,
    [Required] DateTimeOffset? EndsAt,
    [Required, Range(1, 10_000)] int? Capacity);

public static class PlanActivity
{
    /// <summary>
    /// The community must be in the caller's subtree (403 naming <c>communityCode</c>, before it is looked up); an
    /// organising team out of reach is answered as an unknown one.
    /// </summary>
    public static async Task<Results<Created<ActivityResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        PlanActivityRequest request, ClaimsPrincipal user, VolunteersDb db, RegionDirectory regions, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = Activity.CheckSchedule(request.StartsAt!.Value, request.EndsAt!.Value);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!user.CanReach(request.CommunityCode))
        {
            return Reach.OutOfReach("communityCode");
        }

        if (!await regions.IsLiveCommunityAsync(request.CommunityCode, cancellationToken))
        {
            errors["communityCode"] = ["No live community has this code."];
        }

        var teamCommunity = await db.Teams.Where(t => t.Id == request.OrganiserTeamId).Select(t => t.CommunityCode).FirstOrDefaultAsync(cancellationToken);
        if (!user.CanReach(teamCommunity))
        {
            errors["organiserTeamId"] = ["No team has this id."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var activity = Activity.Plan(request.Title, request.Category!.Value, request.OrganiserTeamId!.Value, request.CommunityCode,
            request.StartsAt.Value, request.EndsAt.Value, request.Capacity!.Value, clock.GetUtcNow());
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{VolunteersService.Prefix}/activities/{activity.Id}", activity.ToResponse());
    }
}
