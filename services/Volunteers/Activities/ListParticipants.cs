using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Activities;

public static class ListParticipants
{
    /// <summary>
    /// The sign-ups of an activity in reach (404 otherwise) made on the days asked for, in the order they were made,
    /// then by volunteer id; a volunteer sees only their own.
    /// </summary>
    public static async Task<Results<Ok<Page<ParticipationResponse>>, NotFound, ValidationProblem>> HandleAsync(
        Guid activityId, int? page, int? pageSize, DateOnly? from, DateOnly? to, ClaimsPrincipal user, VolunteersDb db, CancellationToken cancellationToken)
    {
        var (paging, dates) = (new PageRequest(page, pageSize), new DateRange(from, to));
        var errors = paging.Check();
        foreach (var (field, messages) in dates.Check())
        {
            errors[field] = messages;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var community = await db.Activities.Where(a => a.Id == activityId).Select(a => a.CommunityCode).FirstOrDefaultAsync(cancellationToken);
        if (!user.CanReach(community) || user.IsInRole(PlatformRoles.OrganisationOperator))
        {
            return TypedResults.NotFound();
        }

        var own = user.IsInRole(PlatformRoles.Volunteer) && Guid.TryParse(user.FindFirstValue(PlatformClaims.Volunteer), out var self) ? self : (Guid?)null;
        var ownOnly = user.IsInRole(PlatformRoles.Volunteer);
        var participations = await db.Participations.AsNoTracking()
            .Where(p => p.ActivityId == activityId && (!ownOnly || p.VolunteerId == own))
            .Within(dates, p => p.SignedUpAt)
            .OrderBy(p => p.SignedUpAt).ThenBy(p => p.VolunteerId)
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(participations.Map(p => p.ToResponse()));
    }
}
