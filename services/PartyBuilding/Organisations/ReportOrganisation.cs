using Platform.PartyBuilding.DualReports;
using Platform.Data;
using Platform.ServiceDefaults.Problems;
using Platform.Messaging;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Organisations;

namespace Platform.PartyBuilding.Organisations;

public static class ReportOrganisation
{
    public static async Task<Results<Created<DualReportResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, ReportRequest request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // What the path addresses first (404), then the community the body names (403).
        if (await db.FindReachableOrganisationAsync(user, id, tracked: false, cancellationToken) is not { } organisation)
        {
            return TypedResults.NotFound();
        }

        if (await db.RefuseOutOfReachAsync(user, request.CommunityCode, "communityCode", cancellationToken) is { } outOfReach)
        {
            return outOfReach;
        }

        if (organisation.Dissolved)
        {
            return Problems.Conflict("organisationId", "A dissolved organisation cannot report.");
        }

        if (!await db.IsLiveCommunityAsync(request.CommunityCode, cancellationToken))
        {
            return Problems.Invalid("communityCode", "No live community (社区) has this code.");
        }

        var now = clock.GetUtcNow();
        var report = DualReport.OfOrganisation(organisation.Id, request.CommunityCode, now);
        db.DualReports.Add(report);
        db.Publish(new PartyOrganisationReported(report.Id, organisation.Id, organisation.Name, report.CommunityCode, now));
        var refusals = new Dictionary<string, Refusal>
        {
            [DualReportConfiguration.OneActivePerOrganisation] = new("organisationId", "The organisation already has an active dual report; withdraw it first."),
        };
        if (await db.SaveOrRefuseAsync(refusals, cancellationToken) is { } refusal)
        {
            return refusal.ToConflict();
        }

        return TypedResults.Created($"{PartyBuildingService.Prefix}/dual-reports/{report.Id}", report.ToResponse());
    }
}
