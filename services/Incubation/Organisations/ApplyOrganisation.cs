using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Incubation;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.PersonalData;
using Platform.RegionReplica;
using Platform.Security;

namespace Platform.Incubation.Organisations;

public sealed record ApplyOrganisationRequest(
    [Required, StringLength(100, MinimumLength = 2)] string Name,
    [Required] OrganisationKind? Kind,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode,
    [Required, StringLength(50, MinimumLength = 1)] string ContactName,
    [StringLength(11, MinimumLength = 11)] string? ContactPhone,
    [StringLength(40)] string? CreditCode,
    [MaxLength(20)] string[]? Fields,
    [StringLength(500)] string? Reason)
{
    public string? NormalisedCreditCode => CreditCode is null ? null : Contracts.CreditCode.Normalise(CreditCode);

    /// <summary>The rules of the application beyond its shape, as field → messages.</summary>
    public Errors Check(bool communityIsLive) =>
        SocialOrganisation.CheckApplication(Kind!.Value, NormalisedCreditCode, communityIsLive)
            .With("contactPhone", ContactPhone is null ? null : PhoneNumber.Problem(ContactPhone));

    /// <summary>The applied organisation, its contact phone encrypted and masked.</summary>
    public SocialOrganisation ToOrganisation(PersonalDataProtector protector, string actor, DateTimeOffset now) =>
        SocialOrganisation.Apply(Name, Kind!.Value, Fields, CommunityCode, ContactName,
            ContactPhone is null ? null : protector.Encrypt(ContactPhone), ContactPhone is null ? null : PhoneNumber.Mask(ContactPhone),
            NormalisedCreditCode, actor, Reason, now);
}

/// <summary>An organisation applies (申请) to be filed; registered organisations give their unified social credit code.</summary>
public static class ApplyOrganisation
{
    public static async Task<Results<Created<OrganisationResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ApplyOrganisationRequest request, ClaimsPrincipal user, IncubationDb db, RegionDirectory regions, PersonalDataProtector protector,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.CanReach(request.CommunityCode))
        {
            return ScopeProblems.OutOfReach("communityCode");
        }

        var errors = request.Check(await regions.IsLiveCommunityAsync(request.CommunityCode, cancellationToken));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var organisation = request.ToOrganisation(protector, user.SubjectOf(), clock.GetUtcNow());
        db.Organisations.Add(organisation);
        if (await db.SaveOrRefuseAsync(UniqueRefusals.ByIndex, cancellationToken) is { } duplicate)
        {
            return duplicate.ToConflict();
        }

        return TypedResults.Created($"{IncubationService.Prefix}/organisations/{organisation.Id}", organisation.ToResponse(null));
    }
}
