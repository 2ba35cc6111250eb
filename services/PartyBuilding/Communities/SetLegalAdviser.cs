using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PersonalData;

namespace Platform.PartyBuilding.Communities;

/// <param name="Version">The version read, when replacing the adviser (omit when appointing the first).</param>
public sealed record LegalAdviserRequest(
    [Required, StringLength(50, MinimumLength = 1)] string Name,
    [Required, StringLength(100, MinimumLength = 1)] string LawFirm,
    [RegularExpression(@"^\+?[0-9\-]{5,20}$")] string? Phone,
    int? Version);

public static class SetLegalAdviser
{
    /// <summary>Appoints or replaces the one legal adviser of a community.</summary>
    public static async Task<Results<Ok<LegalAdviserResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string code, LegalAdviserRequest request, ClaimsPrincipal user, PartyDb db, PersonalDataProtector protector, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        // The community in the path is the record addressed: out of reach it is answered as unknown.
        if (!await db.ReachesAsync(user, code, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        if (!await db.IsLiveCommunityAsync(code, cancellationToken))
        {
            return Problems.Invalid("code", "No live community (社区) has this code.");
        }

        var adviser = await db.LegalAdvisers.FindAsync([code], cancellationToken);
        if (adviser is null)
        {
            adviser = LegalAdviser.Appoint(code);
            db.LegalAdvisers.Add(adviser);
        }
        else if (request.Version is not { } version)
        {
            return Problems.Invalid("version", "The community has a legal adviser: send the version you read.");
        }
        else
        {
            db.ExpectVersion(adviser, version);
        }

        adviser.Set(request.Name, request.LawFirm, request.Phone is null ? null : protector.Encrypt(request.Phone), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Ok(adviser.ToResponse(protector));
    }
}
