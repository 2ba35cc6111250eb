using Platform.Security;

namespace Platform.Incubation.Projects;

public static class ProjectsApi
{
    public static RouteGroupBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{IncubationService.Prefix}/projects", "Projects 项目");
        group.MapGet("/{id:guid}", GetProject.HandleAsync).WithName("GetProject")
            .WithSummary("A project 项目详情");
        // An organisation's operator completes its own projects; approving one is for staff.
        group.MapPost("/{id:guid}/complete", CompleteProject.HandleAsync).WithName("CompleteProject")
            .WithSummary("Complete a project with its outputs 项目结项");

        var staff = group.MapGroup("").RequireStaffToWrite();
        staff.MapPost("/", ApproveProject.HandleAsync).WithName("ApproveProject")
            .WithSummary("Approve a public-benefit venture, government purchase or red-pairing project 项目立项 (公益创投/政府购买服务/红色联姻)");
        return group;
    }
}
