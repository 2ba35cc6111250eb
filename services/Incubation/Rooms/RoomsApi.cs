using Platform.Security;

namespace Platform.Incubation.Rooms;

public static class RoomsApi
{
    public static RouteGroupBuilder MapRoomsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{IncubationService.Prefix}/rooms", "Social work rooms 社工室").RequireStaffToWrite();
        group.MapPost("/", OpenRoom.HandleAsync).WithName("OpenRoom")
            .WithSummary("Open a community's social work room 设立社工室");
        group.MapGet("/", ListRooms.HandleAsync).WithName("ListRooms")
            .WithSummary("Social work rooms of a region subtree 按区域查询社工室");
        group.MapGet("/{id:guid}", GetRoom.HandleAsync).WithName("GetRoom")
            .WithSummary("A room and the workers serving there 社工室详情");
        group.MapPost("/{roomId:guid}/workers", AssignSocialWorker.HandleAsync).WithName("AssignSocialWorker")
            .WithSummary("Assign a social worker to the room 社工入驻社工室");
        group.MapDelete("/{roomId:guid}/workers/{socialWorkerId:guid}", UnassignSocialWorker.HandleAsync).WithName("UnassignSocialWorker")
            .WithSummary("Take a social worker off the room 社工离开社工室");
        return group;
    }
}
