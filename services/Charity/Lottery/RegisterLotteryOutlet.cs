using Platform.RegionReplica.Queries;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Lottery;

public sealed record RegisterOutletRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode,
    [Required] decimal? FundSharePercent);

public static class RegisterLotteryOutlet
{
    public static async Task<Results<Created<LotteryOutletResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        RegisterOutletRequest request, ClaimsPrincipal user, CharityDb db, RegionDirectory regions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!user.CanReach(request.CommunityCode))
        {
            return ScopeProblems.OutOfReach("communityCode");
        }

        var errors = LotteryOutlet.CheckRegistration(request.FundSharePercent!.Value,
            await regions.CommunityProblemAsync(request.CommunityCode, cancellationToken),
            await db.Funds.AnyAsync(f => f.CommunityCode == request.CommunityCode, cancellationToken));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var outlet = LotteryOutlet.Register(request.Name, request.CommunityCode, request.FundSharePercent.Value, clock.GetUtcNow());
        db.LotteryOutlets.Add(outlet);
        db.Publish(outlet.Registered());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{CharityService.Prefix}/lottery/outlets/{outlet.Id}", outlet.ToResponse());
    }
}
