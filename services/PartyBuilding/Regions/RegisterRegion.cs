using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Regions;

public sealed record RegisterRegionRequest(
    [Required, StringLength(15, MinimumLength = 6)] string Code,
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required] RegionLevel? Level,
    [StringLength(15, MinimumLength = 6)] string? ParentCode);

public static class RegisterRegion
{
    /// <summary>
    /// The parent must be in the caller's reach (a county officer registers streets under their county, not a sibling
    /// county); a city, which has no parent, only by a caller whose reach covers its code.
    /// </summary>
    public static async Task<Results<Created<RegionResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        RegisterRegionRequest request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.RefuseOutOfReachAsync(user, request.ParentCode ?? request.Code, request.ParentCode is null ? "code" : "parentCode",
                cancellationToken) is { } outOfReach)
        {
            return outOfReach;
        }

        var level = request.Level!.Value;
        var parent = request.ParentCode is null ? null : await db.Regions.FindAsync([request.ParentCode], cancellationToken);
        var errors = Region.CheckRegistration(request.Code, level, request.ParentCode, parent);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetUtcNow();
        var region = Region.Register(request.Code, request.Name, level, request.ParentCode, now);
        db.Regions.Add(region);
        db.Publish(region.Registered(now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{PartyBuildingService.Prefix}/regions/{region.Code}", region.ToResponse());
    }
}
