using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Data;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Incubation.SocialWork;

public static class SocialWorkQueries
{
    public static async Task<Results<Ok<SocialWorkerResponse>, NotFound>> GetWorkerAsync(Guid id, ClaimsPrincipal user, IncubationDb db, CancellationToken cancellationToken)
    {
        var worker = await db.SocialWorkers.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (worker is null || !user.CanReach(worker.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        var roomId = await db.RoomAssignments.Where(a => a.SocialWorkerId == id && a.UnassignedAt == null).Select(a => (Guid?)a.RoomId).FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(worker.ToResponse(roomId));
    }

    /// <summary>Social workers of a region subtree registered on the city days from–to (both inclusive), in id order.</summary>
    public static async Task<Results<Ok<Page<SocialWorkerResponse>>, ValidationProblem, ProblemHttpResult>> ListWorkersAsync(
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

    public static async Task<Results<Ok<RoomResponse>, NotFound>> GetRoomAsync(Guid id, ClaimsPrincipal user, IncubationDb db, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (room is null || !user.CanReach(room.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        var open = await db.RoomAssignments.AsNoTracking().Where(a => a.RoomId == id && a.UnassignedAt == null).OrderBy(a => a.AssignedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(room.ToResponse(open));
    }

    /// <summary>Rooms of a region subtree opened on the city days from–to (both inclusive), by community.</summary>
    public static async Task<Results<Ok<Page<RoomResponse>>, ValidationProblem, ProblemHttpResult>> ListRoomsAsync(
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
