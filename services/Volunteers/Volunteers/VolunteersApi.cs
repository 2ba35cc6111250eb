using Platform.Security;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Volunteers.Import;
using static Platform.Volunteers.VolunteersService;

namespace Platform.Volunteers.Volunteers;

public static class VolunteersApi
{
    /// <summary>Volunteers and their own history; the "{id}" routes are where an owner check goes.</summary>
    public static RouteGroupBuilder MapVolunteersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/volunteers", "Volunteers 志愿者");
        group.MapPost("/", RegisterVolunteer.HandleAsync).WithName("RegisterVolunteer")
            .WithSummary("Register a volunteer 志愿者注册 (self-service or by a community worker)");
        group.MapGet("/{id:guid}", GetVolunteer.HandleAsync).WithName("GetVolunteer")
            .WithSummary("A volunteer's profile 志愿者档案");
        group.MapPut("/{id:guid}", UpdateVolunteerProfile.HandleAsync).WithName("UpdateVolunteerProfile")
            .WithSummary("Update a volunteer's profile and skills 修改志愿者档案");
        group.MapGet("/{id:guid}/history", GetVolunteerHistory.HandleAsync).WithName("GetVolunteerHistory")
            .WithSummary("A volunteer's activities, hours and points 志愿服务记录");
        group.MapGet("/{id:guid}/points", GetPointsStatement.HandleAsync).WithName("GetPointsStatement")
            .WithSummary("Love-points statement and balance 爱心积分明细与余额");

        var staff = group.MapGroup("").RequireAuthorization(PlatformPolicies.Staff);
        staff.MapPost("/import", ImportVolunteers.HandleAsync).WithName("ImportVolunteers").AllowLargeBodies()
            .Accepts<string>("text/csv")
            .WithSummary("Bulk import of volunteers from CSV 志愿者批量导入");

        var officials = group.MapGroup("").RequireAuthorization(PlatformPolicies.Officials);
        officials.MapGet("/", ListVolunteers.HandleAsync).WithName("ListVolunteers")
            .WithSummary("Volunteers of a region subtree, paged 按区域查询志愿者");
        officials.MapGet("/changes", ListVolunteerChanges.HandleAsync).WithName("ListVolunteerChanges")
            .WithSummary("What changed in the volunteers of a region subtree since a token, for keeping a copy 志愿者变更同步");
        return group;
    }
}
