namespace Platform.Identity.Connect;

/// <summary>
/// The OpenID Connect endpoints, outside the API prefix where clients expect them: anonymous (OpenIddict checks the
/// client and the grant) and kept out of the OpenAPI document, which describes the platform's API only.
/// </summary>
public static class ConnectApi
{
    public static RouteGroupBuilder MapConnectApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/connect").AllowAnonymous().ExcludeFromDescription();
        group.MapPost("/token", TokenEndpoint.HandleAsync);
        group.MapMethods("/authorize", ["GET", "POST"], AuthorizeEndpoint.HandleAsync);
        group.MapMethods("/endsession", ["GET", "POST"], EndSessionEndpoint.HandleAsync);
        group.MapGet(LoginPage.Segment, LoginPage.HandleGet);
        group.MapPost(LoginPage.Segment, LoginEndpoint.HandleAsync);
        return group;
    }
}
