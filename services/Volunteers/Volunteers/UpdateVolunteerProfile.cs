using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.PersonalData;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Volunteers;

/// <summary>The whole profile as it should be, with the <c>version</c> it was read at.</summary>
public sealed record UpdateProfileRequest(
    [Required, StringLength(50, MinimumLength = 1)] string Name,
    [StringLength(11, MinimumLength = 11)] string? Phone,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode,
    [MaxLength(20)] string[]? Skills,
    [Required] uint? Version);

public static class UpdateVolunteerProfile
{
    /// <summary>
    /// A profile out of reach is 404; moving it needs its new community in reach too (403 naming <c>communityCode</c>),
    /// checked before the community is looked up and before the version.
    /// </summary>
    public static async Task<Results<Ok<VolunteerResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, UpdateProfileRequest request, ClaimsPrincipal user, VolunteersDb db, RegionDirectory regions, PersonalDataProtector protector,
        CancellationToken cancellationToken)
    {
        var errors = Volunteer.CheckProfile(request.Phone, communityIsLive: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var volunteer = await db.Volunteers.FindAsync([id], cancellationToken);
        if (volunteer is null || !user.CanSeeVolunteer(id, volunteer.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        if (!user.CanReach(request.CommunityCode))
        {
            return Reach.OutOfReach("communityCode");
        }

        if (!await regions.IsLiveCommunityAsync(request.CommunityCode, cancellationToken))
        {
            return TypedResults.ValidationProblem(RegionQueries.UnknownCommunity());
        }

        if (Versions.IsStale(request.Version, volunteer.Version))
        {
            return Versions.Stale();
        }

        volunteer.UpdateProfile(protector, request.Name, request.Phone, request.CommunityCode, request.Skills);
        return await db.SaveOrStaleAsync(cancellationToken) is { } stale ? stale : TypedResults.Ok(volunteer.ToResponse());
    }
}
