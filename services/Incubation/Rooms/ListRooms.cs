using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.RegionReplica;
using Platform.RegionReplica.Queries;

namespace Platform.Incubation.Rooms;

/// <summary>Rooms of a region subtree opened on the city days from–to (both inclusive), by community.</summary>
public static class ListRooms
{
    public static async Task<Results<Ok<Page<RoomResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, [AsParameters] PageRequest page, ClaimsPrincipal user, IncubationDb db,
        RegionDirectory regions, CancellationToken cancellationToken)
    {
        var range = new DateRange(from, to);
        if (range.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.ListInRegionAsync(region, user, page,
            prefix => db.Rooms.AsNoTracking().Where(r => r.CommunityCode.StartsWith(prefix)).Within(range, r => r.OpenedAt).OrderBy(r => r.CommunityCode).ThenBy(r => r.Id)
                .Select(r => new { Room = r, Open = db.RoomAssignments.Where(a => a.RoomId == r.Id && a.UnassignedAt == null).ToList() }),
            r => r.Room.ToResponse(r.Open), cancellationToken);
    }
}
