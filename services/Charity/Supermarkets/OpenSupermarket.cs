using Platform.RegionReplica.Queries;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Supermarkets;

public sealed record OpenSupermarketRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode);

public static class OpenSupermarket
{
    public static async Task<Results<Created<SupermarketResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        OpenSupermarketRequest request, ClaimsPrincipal user, CharityDb db, RegionDirectory regions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!user.CanReach(request.CommunityCode))
        {
            return ScopeProblems.OutOfReach("communityCode");
        }

        if (await regions.CommunityProblemAsync(request.CommunityCode, cancellationToken) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["communityCode"] = [problem] });
        }

        var supermarket = Supermarket.Open(request.Name, request.CommunityCode, clock.GetUtcNow());
        db.Supermarkets.Add(supermarket);
        db.Publish(supermarket.Opened());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{CharityService.Prefix}/supermarkets/{supermarket.Id}", supermarket.ToResponse([]));
    }
}
