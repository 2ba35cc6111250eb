using Platform.Security;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using static Platform.Volunteers.VolunteersService;

namespace Platform.Volunteers.Activities;

public static class ActivitiesApi
{
    /// <summary>Activities and their participants: staff plan, import, confirm and complete; volunteers sign up and attend.</summary>
    public static RouteGroupBuilder MapActivitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/activities", "Activities 志愿服务活动");
        group.MapGet("/", ListActivities.HandleAsync).WithName("ListActivities")
            .WithSummary("Activities of a region subtree, paged 按区域查询活动");
        group.MapGet("/{activityId:guid}", GetActivity.HandleAsync).WithName("GetActivity")
            .WithSummary("An activity 活动详情");
        group.MapGet("/{activityId:guid}/participants", ListParticipants.HandleAsync).WithName("ListParticipants")
            .WithSummary("Who signed up and attended 报名与签到情况");
        group.MapPost("/{activityId:guid}/participants", SignUp.HandleAsync).WithName("SignUp")
            .WithSummary("Sign up for an activity 活动报名");
        group.MapDelete("/{activityId:guid}/participants/{volunteerId:guid}", CancelSignUp.HandleAsync).WithName("CancelSignUp")
            .WithSummary("Cancel a sign-up 取消报名");
        group.MapPost("/{activityId:guid}/participants/{volunteerId:guid}/check-in", CheckIn.HandleAsync).WithName("CheckIn")
            .WithSummary("Check in 签到");
        group.MapPost("/{activityId:guid}/participants/{volunteerId:guid}/check-out", CheckOut.HandleAsync).WithName("CheckOut")
            .WithSummary("Check out 签退");

        var staff = group.MapGroup("").RequireAuthorization(PlatformPolicies.Staff);
        staff.MapPost("/", PlanActivity.HandleAsync).WithName("PlanActivity")
            .WithSummary("Plan an activity 发布志愿服务活动");
        staff.MapPost("/import", ImportActivities.HandleAsync).WithName("ImportActivities").AllowLargeBodies()
            .Accepts<string>("text/csv")
            .WithSummary("Bulk import of activities, past ones with their participant count, from CSV 活动批量导入");
        staff.MapPost("/attendance/import", ImportAttendance.HandleAsync).WithName("ImportAttendance").AllowLargeBodies()
            .Accepts<string>("text/csv")
            .WithSummary("Bulk import of who took part in past activities, their confirmed hours and points, from CSV 参与记录批量导入")
            .WithDescription("text/csv: activityId, volunteerId, minutes. All or nothing: a bad row is 400 naming rows[n].field; an activity " +
                "outside the caller's region is 403; rows already recorded are skipped. Each row is a confirmed participation, its hours " +
                "confirmation and a points credit at Volunteers:PointsPerHour; publishes one AttendanceImported per activity.");
        staff.MapPost("/{activityId:guid}/participants/{volunteerId:guid}/hours", ConfirmHours.HandleAsync).WithName("ConfirmHours")
            .WithSummary("The organiser confirms a volunteer's hours 确认服务时长");
        staff.MapPost("/{activityId:guid}/complete", CompleteActivity.HandleAsync).WithName("CompleteActivity")
            .WithSummary("Complete an activity; absent sign-ups become no-shows 活动结项");
        return group;
    }
}
