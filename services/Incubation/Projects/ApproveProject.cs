using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Incubation;
using Platform.Incubation.Data;
using Platform.Incubation.Organisations;
using Platform.Incubation.Shared;
using Platform.Messaging;
using Platform.RegionReplica;
using Platform.Security;
using Platform.ServiceDefaults.Problems;

namespace Platform.Incubation.Projects;

/// <summary>A project to approve; the community defaults to the organisation's own.</summary>
public sealed record ApproveProjectRequest(
    [Required] Guid? OrganisationId,
    [Required] ProjectKind? Kind,
    [Required, StringLength(200, MinimumLength = 2)] string Title,
    [StringLength(12, MinimumLength = 12)] string? CommunityCode,
    [Required, Range(0, long.MaxValue)] long? BudgetFen,
    [Required] DateOnly? StartsOn,
    [Required] DateOnly? EndsOn,
    Guid? PartyOrganisationId);

public static class ApproveProject
{
    public static async Task<Results<Created<ProjectResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ApproveProjectRequest request, ClaimsPrincipal user, IncubationDb db, RegionDirectory regions, TimeProvider clock, CancellationToken cancellationToken)
    {
        // A community named is checked before the organisation named: regions first, then records (docs/api.md).
        if (request.CommunityCode is { } named && !user.CanReach(named))
        {
            return ScopeProblems.OutOfReach("communityCode");
        }

        var organisation = await db.FindReachableAsync(request.OrganisationId!.Value, user, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.ValidationProblem(Errors.Of("organisationId", "No organisation you can reach has this id."));
        }

        var community = request.CommunityCode ?? organisation.CommunityCode;

        var party = request.PartyOrganisationId is { } partyId
            ? await db.PartyOrganisations.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partyId, cancellationToken)
            : null;
        var errors = Project.Check(request.Kind!.Value, request.StartsOn!.Value, request.EndsOn!.Value,
            await regions.IsLiveCommunityAsync(community, cancellationToken), request.PartyOrganisationId, party?.IsLiveIn(community) == true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!organisation.IsActive)
        {
            return new Refusal("organisationId", $"Only a filed, incubating or graduated organisation runs projects; this one is {organisation.State}.").ToConflict();
        }

        var project = Project.Approve(organisation.Id, request.Kind.Value, request.Title, community, request.BudgetFen!.Value,
            request.StartsOn.Value, request.EndsOn.Value, request.PartyOrganisationId, user.SubjectOf(), clock.GetUtcNow());
        db.Projects.Add(project);
        db.RequireUnchanged(organisation, nameof(SocialOrganisation.State));
        db.Publish(project.Approved());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{IncubationService.Prefix}/projects/{project.Id}", project.ToResponse());
    }
}
