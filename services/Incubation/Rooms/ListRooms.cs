using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.RegionReplica;

namespace Platform.Incubation.Rooms;

/// <summary>Rooms of a region subtree opened on the city days from–to (both inclusive), by community, with the workers serving there.</summary>
public static class ListRooms
{
    public static Task<Results<Ok<Page<RoomResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [AsParameters] RegionDaysFilter filter, [AsParameters] PageRequest page, ClaimsPrincipal user, IncubationDb db, RegionDirectory regions,
        CancellationToken cancellationToken) =>
        regions.ListByDaysAsync(filter, page, user,
            (prefix, days) => db.Rooms.AsNoTracking().Where(r => r.CommunityCode.StartsWith(prefix)).Within(days, r => r.OpenedAt)
                .OrderBy(r => r.CommunityCode).ThenBy(r => r.Id)
                .Select(r => new { Room = r, Open = db.RoomAssignments.Where(a => a.RoomId == r.Id && a.UnassignedAt == null).ToList() }),
            r => r.Room.ToResponse(r.Open), cancellationToken);
}
