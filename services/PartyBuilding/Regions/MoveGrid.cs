using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.PartyBuilding.Common;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Regions;

public sealed record MoveGridRequest([Required, StringLength(12, MinimumLength = 12)] string ParentCode, [Required] int? Version);

public static class MoveGrid
{
    public static async Task<Results<Ok<RegionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string code, MoveGridRequest request, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Regions.FindAsync([code], cancellationToken) is not { } grid)
        {
            return TypedResults.NotFound();
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
        db.Publish(grid.Changed(clock.GetUtcNow()), grid.Code);
        if (await db.SaveOrStaleAsync(cancellationToken) is { } stale)
        {
            return stale;
        }

        return TypedResults.Ok(grid.ToResponse());
    }
}
