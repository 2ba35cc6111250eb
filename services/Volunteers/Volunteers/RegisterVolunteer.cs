using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.PersonalData;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Contracts;
using Platform.ServiceDefaults.Http;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Volunteers;

public sealed record RegisterVolunteerRequest(
    [Required, StringLength(50, MinimumLength = 1)] string Name,
    [Required, StringLength(18, MinimumLength = 18)] string IdNumber,
    [StringLength(11, MinimumLength = 11)] string? Phone,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode,
    [MaxLength(20)] string[]? Skills,
    bool ByCommunityWorker = false);

public static class RegisterVolunteer
{
    /// <summary>The community named must be in the caller's subtree (403 naming <c>communityCode</c>) before it is looked up.</summary>
    public static async Task<Results<Created<VolunteerResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        RegisterVolunteerRequest request, ClaimsPrincipal user, VolunteersDb db, RegionDirectory regions, PersonalDataProtector protector,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var idNumber = ResidentIdNumber.Normalise(request.IdNumber);
        var errors = Volunteer.CheckRegistration(idNumber, request.Phone, communityIsLive: true, clock.Today());
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
            return TypedResults.ValidationProblem(RegionQueries.UnknownCommunity());
        }

        var source = request.ByCommunityWorker ? RegistrationSource.CommunityWorker : RegistrationSource.SelfService;
        var volunteer = Volunteer.Register(protector, request.Name, idNumber, request.Phone, request.CommunityCode, request.Skills, source, clock.GetUtcNow());
        db.Volunteers.Add(volunteer);
        db.Publish(volunteer.Registered());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{VolunteersService.Prefix}/volunteers/{volunteer.Id}", volunteer.ToResponse());
    }
}
