using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.RegionReplica;
using Platform.RegionReplica.Queries;

namespace Platform.Incubation.SocialWorkers;

/// <summary>Social workers of a region subtree registered on the city days from–to (both inclusive), in id order.</summary>
public static class ListSocialWorkers
{
    public static async Task<Results<Ok<Page<SocialWorkerResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, [AsParameters] PageRequest page, ClaimsPrincipal user, IncubationDb db,
        RegionDirectory regions, CancellationToken cancellationToken)
    {
        var range = new DateRange(from, to);
        if (range.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.ListInRegionAsync(region, user, page,
            prefix => db.SocialWorkers.AsNoTracking().Where(w => w.CommunityCode.StartsWith(prefix)).Within(range, w => w.RegisteredAt).OrderBy(w => w.Id)
                .Select(w => new { Worker = w, RoomId = db.RoomAssignments.Where(a => a.SocialWorkerId == w.Id && a.UnassignedAt == null).Select(a => (Guid?)a.RoomId).FirstOrDefault() }),
            r => r.Worker.ToResponse(r.RoomId), cancellationToken);
    }
}
