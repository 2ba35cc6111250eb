using Platform.Security;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using static Platform.Volunteers.VolunteersService;

namespace Platform.Volunteers.Teams;

public static class TeamsApi
{
    /// <summary>Five-colour teams: staff form and import them; a volunteer joins and leaves.</summary>
    public static RouteGroupBuilder MapTeamsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/teams", "Teams 五彩志愿服务队");
        group.MapGet("/", ListTeams.HandleAsync).WithName("ListTeams")
            .WithSummary("Teams of a region subtree, paged 按区域查询服务队");
        group.MapGet("/{teamId:guid}", GetTeam.HandleAsync).WithName("GetTeam")
            .WithSummary("A team 服务队");
        group.MapPost("/{teamId:guid}/members", JoinTeam.HandleAsync).WithName("JoinTeam")
            .WithSummary("A volunteer joins a team 加入服务队");
        group.MapDelete("/{teamId:guid}/members/{volunteerId:guid}", LeaveTeam.HandleAsync).WithName("LeaveTeam")
            .WithSummary("A volunteer leaves a team 退出服务队");

        var staff = group.MapGroup("").RequireAuthorization(PlatformPolicies.Staff);
        staff.MapPost("/", FormTeam.HandleAsync).WithName("FormTeam")
            .WithSummary("Form a five-colour team 组建志愿服务队");
        staff.MapPost("/import", ImportTeams.HandleAsync).WithName("ImportTeams").AllowLargeBodies()
            .Accepts<string>("text/csv")
            .WithSummary("Bulk import of teams from CSV 服务队批量导入");
        return group;
    }
}
