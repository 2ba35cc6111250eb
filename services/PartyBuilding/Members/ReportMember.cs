using Platform.PartyBuilding.DualReports;
using Platform.Data;
using Platform.ServiceDefaults.Problems;
using Platform.Messaging;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Members;
using Platform.PersonalData;

namespace Platform.PartyBuilding.Members;

public static class ReportMember
{
    public static async Task<Results<Created<DualReportResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, ReportRequest request, ClaimsPrincipal user, PartyDb db, PersonalDataProtector protector, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        // What the path addresses first (404), then the community the body names (403).
        if (await db.FindReachableMemberAsync(user, id, cancellationToken) is not { } member)
        {
            return TypedResults.NotFound();
        }

        if (await db.RefuseOutOfReachAsync(user, request.CommunityCode, "communityCode", cancellationToken) is { } outOfReach)
        {
            return outOfReach;
        }

        if (!await db.IsLiveCommunityAsync(request.CommunityCode, cancellationToken))
        {
            return Problems.Invalid("communityCode", "No live community (社区) has this code.");
        }

        var now = clock.GetUtcNow();
        var report = DualReport.OfMember(member.Id, request.CommunityCode, now);
        db.DualReports.Add(report);
        db.Publish(new PartyMemberReported(report.Id, member.Id, member.Name, protector.Decrypt(member.ResidentIdCipher),
            member.PhoneCipher is null ? null : protector.Decrypt(member.PhoneCipher), report.CommunityCode, member.OrganisationId, now));
        var refusals = new Dictionary<string, Refusal>
        {
            [DualReportConfiguration.OneActivePerMember] = new("memberId", "The member already has an active dual report; withdraw it first."),
        };
        if (await db.SaveOrRefuseAsync(refusals, cancellationToken) is { } refusal)
        {
            return refusal.ToConflict();
        }

        return TypedResults.Created($"{PartyBuildingService.Prefix}/dual-reports/{report.Id}", report.ToResponse());
    }
}
