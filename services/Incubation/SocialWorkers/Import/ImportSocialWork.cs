using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.Incubation.Rooms;
using Platform.Incubation.Shared;
using Platform.Messaging;
using Platform.Security;

namespace Platform.Incubation.SocialWorkers.Import;

/// <summary>A social worker of an import; <see cref="AssignToRoom"/> puts them in their community's room.</summary>
public sealed record SocialWorkerRow([Required] RegisterSocialWorkerRequest Worker, bool AssignToRoom);

/// <summary>Rooms to open (by community) and workers to register; lists, so that generated validation checks each element.</summary>
public sealed record ImportSocialWorkRequest(
    [MaxLength(ImportSocialWork.MaxRows)] List<string>? RoomCommunities,
    [MaxLength(ImportSocialWork.MaxRows)] List<SocialWorkerRow>? Workers);

public sealed record SocialWorkImportReport(int RoomsOpened, int WorkersRegistered, int WorkersAssigned);

/// <summary>
/// Bulk import of social work rooms and certified social workers (seed data, civil-affairs registers). All or nothing;
/// a room is opened for every listed community and every community a worker is assigned in, unless it has one; each
/// room opened and worker assigned publishes its event as one by one would.
/// </summary>
public static class ImportSocialWork
{
    public const int MaxRows = 10_000;

    public static async Task<Results<Ok<SocialWorkImportReport>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ImportSocialWorkRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var workers = request.Workers ?? [];
        if (OutOfReach(request, user) is { } field)
        {
            return ScopeProblems.OutOfReach(field);
        }

        var roomCommunities = (request.RoomCommunities ?? []).Concat(workers.Where(w => w is { AssignToRoom: true }).Select(w => w.Worker.CommunityCode))
            .Distinct().ToList();
        var live = (await db.ReplicatedRegions.AsNoTracking().Where(r => r.Level == RegionLevel.Community && !r.Retired)
            .ToListAsync(cancellationToken)).ToDictionary(r => r.Code, r => r.Name);
        var errors = new Errors();
        for (var i = 0; i < (request.RoomCommunities?.Count ?? 0); i++)
        {
            errors.When(request.RoomCommunities![i] is not { } code || !live.ContainsKey(code), $"roomCommunities[{i}]", "No live community (社区) has this code.");
        }

        for (var i = 0; i < workers.Count; i++)
        {
            errors.When(workers[i] is null, $"workers[{i}]", "A row cannot be null.")
                .When(workers[i] is { } row && !live.ContainsKey(row.Worker.CommunityCode), $"workers[{i}].worker.communityCode", "No live community (社区) has this code.");
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetUtcNow();
        var rooms = await db.Rooms.Where(r => roomCommunities.Contains(r.CommunityCode)).ToDictionaryAsync(r => r.CommunityCode, cancellationToken);
        var opened = 0;
        foreach (var community in roomCommunities.Where(c => !rooms.ContainsKey(c)))
        {
            var room = rooms[community] = SocialWorkRoom.Open(community, SocialWorkRoom.DefaultName(live[community]), user.SubjectOf(), now);
            db.Rooms.Add(room);
            db.Publish(room.Opened());
            opened++;
        }

        foreach (var row in workers)
        {
            var w = row.Worker;
            var worker = SocialWorker.Register(w.Name, w.CertificateNumber, w.Level!.Value, w.CommunityCode, now);
            db.SocialWorkers.Add(worker);
            if (row.AssignToRoom)
            {
                var room = rooms[w.CommunityCode];
                var assignment = RoomAssignment.Assign(room.Id, worker.Id, user.SubjectOf(), now);
                db.RoomAssignments.Add(assignment);
                db.Publish(assignment.Assigned(room, worker));
            }
        }

        if (await db.SaveOrRefuseAsync(UniqueRefusals.ByIndex, cancellationToken) is { } duplicate)
        {
            return duplicate.ToConflict();
        }

        return TypedResults.Ok(new SocialWorkImportReport(opened, workers.Count, workers.Count(w => w.AssignToRoom)));
    }

    /// <summary>The first row naming a community out of the caller's reach, as the field a 403 names; null when all are in reach.</summary>
    private static string? OutOfReach(ImportSocialWorkRequest request, ClaimsPrincipal user)
    {
        var rooms = request.RoomCommunities ?? [];
        for (var i = 0; i < rooms.Count; i++)
        {
            if (rooms[i] is { } code && !user.CanReach(code))
            {
                return $"roomCommunities[{i}]";
            }
        }

        var workers = request.Workers ?? [];
        for (var i = 0; i < workers.Count; i++)
        {
            if (workers[i] is { } row && !user.CanReach(row.Worker.CommunityCode))
            {
                return $"workers[{i}].worker.communityCode";
            }
        }

        return null;
    }
}
