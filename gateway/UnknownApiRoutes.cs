namespace Platform.Gateway;

/// <summary>
/// Everything that is not a service's API, Identity or the gateway's own pages goes to the web console; a path under
/// <c>/api/</c> that no service owns is answered here with a 404 problem, as an API client expects, not the console's sign-in.
/// </summary>
internal static class UnknownApiRoutes
{
    public static IEndpointRouteBuilder MapUnknownApiRoutes(this IEndpointRouteBuilder app)
    {
        app.Map("/api/{**rest}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No service answers this path."))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
