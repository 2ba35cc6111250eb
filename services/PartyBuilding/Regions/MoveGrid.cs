using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.Regions;

public sealed record MoveGridRequest([Required, StringLength(12, MinimumLength = 12)] string ParentCode, [Required] int? Version);

public static class MoveGrid
{
    /// <summary>Both ends must be in the caller's reach: the grid where it is now (404) and the community it moves to (403).</summary>
    public static async Task<Results<Ok<RegionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string code, MoveGridRequest request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var reach = await db.ReachOfAsync(user, cancellationToken);
        if (await db.Regions.FindAsync([code], cancellationToken) is not { } grid || !reach.Covers(grid))
        {
            return TypedResults.NotFound();
        }

        if (!reach.CoversPath(await db.PathOfAsync(request.ParentCode, cancellationToken)))
        {
            return ScopeProblems.OutOfReach("parentCode");
        }

        if (grid.Retired)
        {
            return Problems.Conflict("code", "A retired grid cannot move.");
        }

        var community = await db.Regions.FindAsync([request.ParentCode], cancellationToken);
        var errors = grid.CheckMove(community);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        db.ExpectVersion(grid, request.Version!.Value);
        grid.MoveTo(community!);
        db.Publish(grid.Changed(clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Ok(grid.ToResponse());
    }
}
