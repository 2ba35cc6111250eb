using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Data;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Federations;

public sealed record EstablishFederationRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required, StringLength(6, MinimumLength = 6)] string RegionCode);

public static class FederationsApi
{
    public static RouteGroupBuilder MapFederations(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{CharityApi.Prefix}/federations", "Federations 慈善会");
        group.MapPost("/", EstablishAsync).WithName("EstablishFederation").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Set up a city or county charity federation 成立慈善会");
        group.MapGet("/", ListAsync).WithName("ListFederations")
            .WithSummary("Federations of a region subtree, paged 按区域查询慈善会");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetFederation")
            .WithSummary("A charity federation 慈善会");
        return group;
    }

    public static async Task<Results<Created<FederationResponse>, ValidationProblem, ProblemHttpResult>> EstablishAsync(
        EstablishFederationRequest request, ClaimsPrincipal user, CharityDb db, RegionDirectory regions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!user.CanReach(request.RegionCode))
        {
            return ScopeProblems.OutOfReach("regionCode");
        }

        var region = await regions.FindAsync(request.RegionCode, cancellationToken);
        var errors = Federation.CheckEstablishment(region is { Retired: false } ? region.Level : null);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var federation = Federation.Establish(request.Name, region!.Level, request.RegionCode, clock.GetUtcNow());
        db.Federations.Add(federation);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{CharityApi.Prefix}/federations/{federation.Id}", federation.ToResponse());
    }

    /// <summary>The federations whose city or county lies in the region's subtree (a county's own, or the city's and every county's).</summary>
    public static async Task<Results<Ok<Page<FederationResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, [AsParameters] PageRequest page, CharityDb db,
        RegionDirectory regions, CancellationToken cancellationToken)
    {
        var range = new DateRange(from, to);
        if (range.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.ListInRegionAsync(region, user, page,
            prefix => db.Federations.AsNoTracking().Where(f => f.RegionCode.StartsWith(prefix)).Within(range, f => f.EstablishedAt).OrderBy(f => f.RegionCode).ThenBy(f => f.Id),
            f => f.ToResponse(), cancellationToken);
    }

    public static async Task<Results<Ok<FederationResponse>, NotFound>> GetAsync(Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.Federations.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is { } federation && user.CanReach(federation.RegionCode)
            ? TypedResults.Ok(federation.ToResponse())
            : TypedResults.NotFound();
}
