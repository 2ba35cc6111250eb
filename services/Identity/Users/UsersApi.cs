using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Identity.Users;

public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{IdentityService.Prefix}/users", "Accounts 账号");
        group.MapGet("/{id:guid}", GetUser.HandleAsync)
            .WithName("GetUser").WithSummary("A user account: your own, or one in your region if you manage accounts (查看账号)");

        var managed = group.MapGroup("").RequireAuthorization(PlatformPolicies.Accounts);
        managed.MapPost("/", CreateUser.HandleAsync)
            .WithName("CreateUser").WithSummary("Create a user account with roles and a region scope (创建账号)");
        managed.MapPut("/{id:guid}/access", ChangeUserAccess.HandleAsync)
            .WithName("ChangeUserAccess").WithSummary("Assign roles and region scope (分配角色与区域)");
        managed.MapPost("/{id:guid}/disable", DisableUser.HandleAsync)
            .WithName("DisableUser").WithSummary("Disable an account: no new tokens (停用账号)");
        return group;
    }
}
