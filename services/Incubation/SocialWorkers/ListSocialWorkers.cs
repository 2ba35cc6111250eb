using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.RegionReplica;

namespace Platform.Incubation.SocialWorkers;

/// <summary>Social workers of a region subtree registered on the city days from–to (both inclusive), in id order, with their room.</summary>
public static class ListSocialWorkers
{
    public static Task<Results<Ok<Page<SocialWorkerResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [AsParameters] RegionDaysFilter filter, [AsParameters] PageRequest page, ClaimsPrincipal user, IncubationDb db, RegionDirectory regions,
        CancellationToken cancellationToken) =>
        regions.ListByDaysAsync(filter, page, user,
            (prefix, days) => db.SocialWorkers.AsNoTracking().Where(w => w.CommunityCode.StartsWith(prefix)).Within(days, w => w.RegisteredAt).OrderBy(w => w.Id)
                .Select(w => new { Worker = w, RoomId = db.RoomAssignments.Where(a => a.SocialWorkerId == w.Id && a.UnassignedAt == null).Select(a => (Guid?)a.RoomId).FirstOrDefault() }),
            r => r.Worker.ToResponse(r.RoomId), cancellationToken);
}
