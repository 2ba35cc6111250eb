using Platform.Data;
using Platform.ServiceDefaults.Problems;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PersonalData;
using Platform.Contracts;
using Platform.ServiceDefaults.Http;

namespace Platform.PartyBuilding.Members;

/// <param name="ResidentIdNumber">18 characters with the GB 11643 check character; stored encrypted, returned masked.</param>
/// <param name="OrganisationId">The party organisation the member belongs to (e.g. of their employer), if known.</param>
public sealed record RegisterMemberRequest(
    [Required, StringLength(50, MinimumLength = 1)] string Name,
    [Required, StringLength(18, MinimumLength = 18)] string ResidentIdNumber,
    [RegularExpression(@"^\+?[0-9\-]{5,20}$")] string? Phone,
    Guid? OrganisationId);

public static class RegisterMember
{
    public static async Task<Results<Created<MemberResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        RegisterMemberRequest request, ClaimsPrincipal user, PartyDb db, PersonalDataProtector protector, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (ResidentIdNumber.Problem(request.ResidentIdNumber, clock.Today()) is { } idProblem)
        {
            return Problems.Invalid("residentIdNumber", idProblem);
        }

        // The member belongs where their organisation is; one out of the caller's reach is answered as unknown. A member
        // without an organisation belongs to the city, so only a city-wide caller registers one.
        var reach = await db.ReachOfAsync(user, cancellationToken);
        if (request.OrganisationId is not { } organisationId)
        {
            if (!reach.IsCity)
            {
                return Problems.Invalid("organisationId", "Name the party organisation the member belongs to.");
            }
        }
        else if (reach.Prefix is not { } prefix || !await db.Organisations.AnyAsync(o => o.Id == organisationId && !o.Dissolved
                     && db.Regions.Any(r => r.Code == o.RegionCode && r.Path.StartsWith(prefix)), cancellationToken))
        {
            return Problems.Invalid("organisationId", "No active party organisation has this id.");
        }

        var id = ResidentIdNumber.Normalise(request.ResidentIdNumber);
        var member = PartyMember.Register(request.Name, protector.Encrypt(id), protector.Hash(id),
            request.Phone is null ? null : protector.Encrypt(request.Phone), request.OrganisationId, clock.GetUtcNow());
        db.Members.Add(member);
        var refusals = new Dictionary<string, Refusal>
        {
            [PartyMemberConfiguration.UniqueResidentIdIndex] = new("residentIdNumber", "A party member with this resident ID number is already registered."),
        };
        if (await db.SaveOrRefuseAsync(refusals, cancellationToken) is { } refusal)
        {
            return refusal.ToConflict();
        }

        return TypedResults.Created($"{PartyBuildingService.Prefix}/members/{member.Id}", member.ToResponse(protector));
    }
}
