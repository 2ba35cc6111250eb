using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Compounds;

/// <param name="Version">The version read, when changing an existing profile (omit when creating it).</param>
public sealed record CompoundProfileRequest(
    [Required] CompoundCategory? Category,
    bool Pilot,
    [StringLength(100)] string? PropertyCompany,
    CompoundCommittee? Committee,
    int? Version);

public static class SetCompoundProfile
{
    public static async Task<Results<Ok<CompoundResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string code, CompoundProfileRequest request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Regions.FindAsync([code], cancellationToken) is not { } region || !(await db.ReachOfAsync(user, cancellationToken)).Covers(region))
        {
            return TypedResults.NotFound();
        }

        if (region.Level != RegionLevel.Compound || region.Retired)
        {
            return Problems.Invalid("code", "This is not a live residential compound (小区).");
        }

        var committee = request.Committee ?? CompoundCommittee.None;
        var compound = await db.Compounds.FindAsync([code], cancellationToken);
        if (compound is null)
        {
            compound = Compound.Create(code, region.ParentCode!, request.Category!.Value, request.Pilot, request.PropertyCompany, committee);
            db.Compounds.Add(compound);
        }
        else
        {
            if (request.Version is null)
            {
                return Problems.Invalid("version", "The profile exists: send the version you read.");
            }

            db.ExpectVersion(compound, request.Version.Value);
            compound.Change(request.Category!.Value, request.Pilot, request.PropertyCompany, committee);
        }

        db.Publish(compound.Changed(clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Ok(compound.ToResponse());
    }
}
