using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Volunteers;

public static class GetVolunteer
{
    public static async Task<Results<Ok<VolunteerResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, VolunteersDb db, CancellationToken cancellationToken) =>
        await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken) is { } volunteer
        && user.CanSeeVolunteer(volunteer.Id, volunteer.CommunityCode)
            ? TypedResults.Ok(volunteer.ToResponse())
            : TypedResults.NotFound();
}
