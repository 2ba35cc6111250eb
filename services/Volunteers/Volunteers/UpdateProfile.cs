using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.PersonalData;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Volunteers;

public sealed record UpdateProfileRequest(
    [Required, StringLength(50, MinimumLength = 1)] string Name,
    [StringLength(11, MinimumLength = 11)] string? Phone,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode,
    [MaxLength(20)] string[]? Skills);

public static class UpdateProfile
{
    public static async Task<Results<Ok<VolunteerResponse>, NotFound, ValidationProblem, ForbidHttpResult>> HandleAsync(
        Guid id, UpdateProfileRequest request, ClaimsPrincipal user, VolunteersDb db, RegionDirectory regions, PersonalDataProtector protector,
        CancellationToken cancellationToken)
    {
        var volunteer = await db.Volunteers.FindAsync([id], cancellationToken);
        if (volunteer is null || !user.CanReachVolunteer(id, volunteer.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        var errors = Volunteer.CheckProfile(request.Phone, await regions.IsLiveCommunityAsync(request.CommunityCode, cancellationToken));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!user.CanReachVolunteer(id, request.CommunityCode))
        {
            return TypedResults.Forbid();
        }

        volunteer.UpdateProfile(protector, request.Name, request.Phone, request.CommunityCode, request.Skills);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(volunteer.ToResponse());
    }
}
