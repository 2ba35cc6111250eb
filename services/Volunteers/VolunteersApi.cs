using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Http;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Activities;
using Platform.Volunteers.Import;
using Platform.Volunteers.Points;
using Platform.Volunteers.Teams;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers;

public static class VolunteersApi
{
    public const string ServiceName = "volunteers";
    public const string Prefix = "/api/volunteers";

    public static WebApplication MapVolunteersApi(this WebApplication app)
    {
        app.MapVolunteerProfiles();
        app.MapTeams();
        app.MapActivities();
        return app;
    }

    /// <summary>Volunteers and their own history; the "{id}" routes are where an owner check goes.</summary>
    private static RouteGroupBuilder MapVolunteerProfiles(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/volunteers", "Volunteers 志愿者");
        group.MapPost("/", RegisterVolunteer.HandleAsync).WithName("RegisterVolunteer")
            .WithSummary("Register a volunteer 志愿者注册 (self-service or by a community worker)");
        group.MapPost("/import", ImportVolunteers.HandleAsync).WithName("ImportVolunteers").AllowLargeBodies()
            .RequireAuthorization(PlatformPolicies.Staff)
            .Accepts<string>("text/csv")
            .WithSummary("Bulk import of volunteers from CSV 志愿者批量导入");
        group.MapGet("/", ListVolunteers.HandleAsync).WithName("ListVolunteers").RequireAuthorization(PlatformPolicies.Officials)
            .WithSummary("Volunteers of a region subtree, paged 按区域查询志愿者");
        group.MapGet("/changes", VolunteerChanges.HandleAsync).WithName("ListVolunteerChanges").RequireAuthorization(PlatformPolicies.Officials)
            .WithSummary("What changed in the volunteers of a region subtree since a token, for keeping a copy 志愿者变更同步");
        group.MapGet("/{id:guid}", GetVolunteer.HandleAsync).WithName("GetVolunteer")
            .WithSummary("A volunteer's profile 志愿者档案");
        group.MapPut("/{id:guid}", UpdateProfile.HandleAsync).WithName("UpdateVolunteerProfile")
            .WithSummary("Update a volunteer's profile and skills 修改志愿者档案");
        group.MapGet("/{id:guid}/history", VolunteerHistory.HandleAsync).WithName("GetVolunteerHistory")
            .WithSummary("A volunteer's activities, hours and points 志愿服务记录");
        group.MapGet("/{id:guid}/points", PointsStatement.HandleAsync).WithName("GetPointsStatement")
            .WithSummary("Love-points statement and balance 爱心积分明细与余额");
        return group;
    }

    private static RouteGroupBuilder MapTeams(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/teams", "Teams 五彩志愿服务队");
        group.MapPost("/", FormTeam.HandleAsync).WithName("FormTeam").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Form a five-colour team 组建志愿服务队");
        group.MapPost("/import", ImportTeams.HandleAsync).WithName("ImportTeams").AllowLargeBodies()
            .RequireAuthorization(PlatformPolicies.Staff)
            .Accepts<string>("text/csv")
            .WithSummary("Bulk import of teams from CSV 服务队批量导入");
        group.MapGet("/", ListTeams.HandleAsync).WithName("ListTeams")
            .WithSummary("Teams of a region subtree, paged 按区域查询服务队");
        group.MapGet("/{teamId:guid}", ListTeams.GetAsync).WithName("GetTeam")
            .WithSummary("A team 服务队");
        group.MapPost("/{teamId:guid}/members", JoinTeam.HandleAsync).WithName("JoinTeam")
            .WithSummary("A volunteer joins a team 加入服务队");
        group.MapDelete("/{teamId:guid}/members/{volunteerId:guid}", LeaveTeam.HandleAsync).WithName("LeaveTeam")
            .WithSummary("A volunteer leaves a team 退出服务队");
        return group;
    }

    private static RouteGroupBuilder MapActivities(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/activities", "Activities 志愿服务活动");
        group.MapPost("/", PlanActivity.HandleAsync).WithName("PlanActivity").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Plan an activity 发布志愿服务活动");
        group.MapPost("/import", ImportActivities.HandleAsync).WithName("ImportActivities").AllowLargeBodies()
            .RequireAuthorization(PlatformPolicies.Staff)
            .Accepts<string>("text/csv")
            .WithSummary("Bulk import of activities, past ones with their participant count, from CSV 活动批量导入");
        group.MapPost("/attendance/import", ImportAttendance.HandleAsync).WithName("ImportAttendance").AllowLargeBodies()
            .RequireAuthorization(PlatformPolicies.Staff)
            .Accepts<string>("text/csv")
            .WithSummary("Bulk import of who took part in past activities, their confirmed hours and points, from CSV 参与记录批量导入")
            .WithDescription("text/csv: activityId, volunteerId, minutes. All or nothing: a bad row is 400 naming rows[n].field; an activity " +
                "outside the caller's region is 403; rows already recorded are skipped. Each row is a confirmed participation, its hours " +
                "confirmation and a points credit at Volunteers:PointsPerHour; publishes one AttendanceImported per activity.");
        group.MapGet("/", ActivityQueries.ListAsync).WithName("ListActivities")
            .WithSummary("Activities of a region subtree, paged 按区域查询活动");
        group.MapGet("/{activityId:guid}", ActivityQueries.GetAsync).WithName("GetActivity")
            .WithSummary("An activity 活动详情");
        group.MapGet("/{activityId:guid}/participants", ActivityQueries.ParticipantsAsync).WithName("ListParticipants")
            .WithSummary("Who signed up and attended 报名与签到情况");
        group.MapPost("/{activityId:guid}/participants", SignUp.HandleAsync).WithName("SignUp")
            .WithSummary("Sign up for an activity 活动报名");
        group.MapDelete("/{activityId:guid}/participants/{volunteerId:guid}", CancelSignUp.HandleAsync).WithName("CancelSignUp")
            .WithSummary("Cancel a sign-up 取消报名");
        group.MapPost("/{activityId:guid}/participants/{volunteerId:guid}/check-in", Attendance.CheckInAsync).WithName("CheckIn")
            .WithSummary("Check in 签到");
        group.MapPost("/{activityId:guid}/participants/{volunteerId:guid}/check-out", Attendance.CheckOutAsync).WithName("CheckOut")
            .WithSummary("Check out 签退");
        group.MapPost("/{activityId:guid}/participants/{volunteerId:guid}/hours", ConfirmHours.HandleAsync).WithName("ConfirmHours").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("The organiser confirms a volunteer's hours 确认服务时长");
        group.MapPost("/{activityId:guid}/complete", CompleteActivity.HandleAsync).WithName("CompleteActivity").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Complete an activity; absent sign-ups become no-shows 活动结项");
        return group;
    }
}
