using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Identity.Clients;

public static class ClientsApi
{
    public static RouteGroupBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{IdentityService.Prefix}/clients", "Clients 接入应用").RequireAuthorization(PlatformPolicies.Accounts);
        group.MapPost("/", CreateClient.HandleAsync)
            .WithName("CreateClient").WithSummary("Register a department client (client credentials); its secret is shown once (注册部门接入应用)");
        group.MapPost("/{clientId}/disable", DisableClient.HandleAsync)
            .WithName("DisableClient").WithSummary("Disable a client: no new tokens (停用接入应用)");
        return group;
    }
}
