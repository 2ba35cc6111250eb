using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Volunteers;

public static class GetVolunteer
{
    public static async Task<Results<Ok<VolunteerResponse>, NotFound>> HandleAsync(Guid id, VolunteersDb db, CancellationToken cancellationToken) =>
        await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken) is { } volunteer
            ? TypedResults.Ok(volunteer.ToResponse())
            : TypedResults.NotFound();
}
