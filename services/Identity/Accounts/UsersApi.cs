using Microsoft.Extensions.Hosting;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Identity.Accounts;

public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{IdentityApi.Prefix}/users", "Accounts 账号");
        group.MapPost("/", CreateUser.HandleAsync).RequireAuthorization(PlatformPolicies.Accounts)
            .WithName("CreateUser").WithSummary("Create a user account with roles and a region scope (创建账号)");
        group.MapGet("/{id:guid}", GetUser.HandleAsync)
            .WithName("GetUser").WithSummary("A user account: your own, or one in your region if you manage accounts (查看账号)");
        group.MapPut("/{id:guid}/access", ChangeUserAccess.HandleAsync).RequireAuthorization(PlatformPolicies.Accounts)
            .WithName("ChangeUserAccess").WithSummary("Assign roles and region scope (分配角色与区域)");
        group.MapPost("/{id:guid}/disable", DisableUser.HandleAsync).RequireAuthorization(PlatformPolicies.Accounts)
            .WithName("DisableUser").WithSummary("Disable an account: no new tokens (停用账号)");
        return group;
    }
}
