using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Incubation;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.RegionReplica;
using Platform.Security;

namespace Platform.Incubation.SocialWorkers;

public sealed record RegisterSocialWorkerRequest(
    [Required, StringLength(50, MinimumLength = 1)] string Name,
    [Required, StringLength(40, MinimumLength = 4)] string CertificateNumber,
    [Required] SocialWorkerLevel? Level,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode);

/// <summary>Registers a certified social worker; a certificate number already registered is a 409 from the unique index.</summary>
public static class RegisterSocialWorker
{
    public static async Task<Results<Created<SocialWorkerResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        RegisterSocialWorkerRequest request, ClaimsPrincipal user, IncubationDb db, RegionDirectory regions, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.CanReach(request.CommunityCode))
        {
            return ScopeProblems.OutOfReach("communityCode");
        }

        if (await regions.CommunityProblemAsync(request.CommunityCode, cancellationToken) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["communityCode"] = [problem] });
        }

        var worker = SocialWorker.Register(request.Name, request.CertificateNumber, request.Level!.Value, request.CommunityCode, clock.GetUtcNow());
        db.SocialWorkers.Add(worker);
        if (await db.SaveOrRefuseAsync(UniqueRefusals.ByIndex, cancellationToken) is { } duplicate)
        {
            return duplicate.ToConflict();
        }

        return TypedResults.Created($"{IncubationService.Prefix}/social-workers/{worker.Id}", worker.ToResponse(null));
    }
}
