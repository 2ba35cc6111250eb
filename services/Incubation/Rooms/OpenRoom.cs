using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.Messaging;
using Platform.RegionReplica;
using Platform.Security;

namespace Platform.Incubation.Rooms;

public sealed record OpenRoomRequest(
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode,
    [StringLength(100)] string? Name);

/// <summary>Opens a community's social work room (社工室); a second one for the same community is a 409 from the unique index.</summary>
public static class OpenRoom
{
    public static async Task<Results<Created<RoomResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        OpenRoomRequest request, ClaimsPrincipal user, IncubationDb db, RegionDirectory regions, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.CanReach(request.CommunityCode))
        {
            return ScopeProblems.OutOfReach("communityCode");
        }

        var community = await regions.FindAsync(request.CommunityCode, cancellationToken);
        if (community is not { IsLiveCommunity: true })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["communityCode"] = ["No live community (社区) has this code."] });
        }

        var room = SocialWorkRoom.Open(community.Code, request.Name ?? SocialWorkRoom.DefaultName(community.Name), user.SubjectOf(), clock.GetUtcNow());
        db.Rooms.Add(room);
        db.Publish(room.Opened());
        if (await db.SaveOrRefuseAsync(UniqueRefusals.ByIndex, cancellationToken) is { } duplicate)
        {
            return duplicate.ToConflict();
        }

        return TypedResults.Created($"{IncubationService.Prefix}/rooms/{room.Id}", room.ToResponse([]));
    }
}
