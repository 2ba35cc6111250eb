namespace Platform.Reporting.Shared;

public static class EndpointConventions
{
    /// <summary>
    /// The write endpoints that department clients may call too: a group of their own, with only <paramref name="policy"/>,
    /// because the write policy that <c>MapApiGroup</c> puts on every other write refuses department clients.
    /// </summary>
    public static RouteGroupBuilder MapFilingGroup(this IEndpointRouteBuilder app, string prefix, string tag, string policy) =>
        app.MapGroup(prefix).WithTags(tag).RequireAuthorization(policy);

    /// <summary>The answers of a list's <c>region</c> parameter besides 400: out of reach (403) and unknown (404), both naming it.</summary>
    public static RouteHandlerBuilder ProducesRegionProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
