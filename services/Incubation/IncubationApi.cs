using Platform.Incubation.Centres;
using Platform.Incubation.Grading;
using Platform.Incubation.Organisations;
using Platform.Incubation.Organisations.Import;
using Platform.Incubation.Projects;
using Platform.Incubation.SocialWork;
using Platform.Incubation.SocialWork.Import;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Http;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Incubation;

public static class IncubationApi
{
    public const string ServiceName = "incubation";
    public const string Prefix = "/api/incubation";

    public static WebApplication MapIncubationApi(this WebApplication app)
    {
        app.MapCentres();
        app.MapOrganisations();
        app.MapProjects();
        app.MapSocialWorkers();
        app.MapRooms();
        return app;
    }

    private static void MapCentres(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/centres", "Incubation centres 孵化中心");
        group.MapPost("/", EstablishCentre.HandleAsync).WithName("EstablishCentre").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Establish a city or county incubation centre 设立孵化中心");
        group.MapGet("/", CentreQueries.ListAsync).WithName("ListCentres")
            .WithSummary("Incubation centres 孵化中心列表");
        group.MapGet("/{id:guid}", CentreQueries.GetAsync).WithName("GetCentre")
            .WithSummary("A centre and the organisations in incubation there 孵化中心及在孵组织");
    }

    private static void MapOrganisations(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/organisations", "Social organisations 社会组织");
        group.MapPost("/", ApplyOrganisation.HandleAsync).WithName("ApplyOrganisation").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("An organisation applies to be filed 社会组织申请");
        group.MapPost("/import", ImportOrganisations.HandleAsync).WithName("ImportOrganisations").RequireAuthorization(PlatformPolicies.Staff)
            .AllowLargeBodies()
            .WithSummary("Bulk import of organisations with their state and grade, publishing every step 社会组织批量导入");
        group.MapGet("/", OrganisationQueries.ListAsync).WithName("ListOrganisations")
            .WithSummary("Organisations of a region subtree by kind, current grade and state 按区域、类型、等级、状态查询社会组织");
        group.MapGet("/changes", OrganisationChanges.ListAsync).WithName("ListOrganisationChanges").RequireAuthorization(PlatformPolicies.Officials)
            .WithSummary("What changed in the organisation list after a token, for keeping a copy 社会组织变更同步");
        group.MapGet("/{id:guid}", OrganisationQueries.GetAsync).WithName("GetOrganisation")
            .WithSummary("An organisation's full record: lifecycle, grades, projects 社会组织档案");
        group.MapPost("/{id:guid}/file", Lifecycle.FileAsync).WithName("FileOrganisation").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("File the organisation with its street 备案");
        group.MapPost("/{id:guid}/incubate", Lifecycle.StartIncubationAsync).WithName("StartIncubation").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("The organisation enters incubation at a centre 入驻孵化");
        group.MapPost("/{id:guid}/graduate", Lifecycle.GraduateAsync).WithName("GraduateOrganisation").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("The organisation leaves incubation 出壳");
        group.MapPost("/{id:guid}/revoke", Lifecycle.RevokeAsync).WithName("RevokeOrganisation").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Revoke the organisation, with a reason 撤销");
        group.MapPost("/{id:guid}/grades", GradeOrganisation.HandleAsync).WithName("GradeOrganisation").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Record a grade evaluation, 1A–5A 等级评估");
        group.MapGet("/{id:guid}/projects", ProjectQueries.OfOrganisationAsync).WithName("ListOrganisationProjects")
            .WithSummary("An organisation's project history 组织项目记录");
    }

    private static void MapProjects(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/projects", "Projects 项目");
        group.MapPost("/", ApproveProject.HandleAsync).WithName("ApproveProject").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Approve a public-benefit venture, government purchase or red-pairing project 项目立项 (公益创投/政府购买服务/红色联姻)");
        group.MapGet("/{id:guid}", ProjectQueries.GetAsync).WithName("GetProject")
            .WithSummary("A project 项目详情");
        group.MapPost("/{id:guid}/complete", CompleteProject.HandleAsync).WithName("CompleteProject")
            .WithSummary("Complete a project with its outputs 项目结项");
    }

    private static void MapSocialWorkers(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/social-workers", "Social workers 持证社工");
        group.MapPost("/", RegisterSocialWorker.HandleAsync).WithName("RegisterSocialWorker").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Register a certified social worker 登记持证社工");
        group.MapPost("/import", ImportSocialWork.HandleAsync).WithName("ImportSocialWork").RequireAuthorization(PlatformPolicies.Staff)
            .AllowLargeBodies()
            .WithSummary("Bulk import of social work rooms and certified social workers with their assignments 社工室与社工批量导入");
        group.MapGet("/", SocialWorkQueries.ListWorkersAsync).WithName("ListSocialWorkers")
            .WithSummary("Social workers of a region subtree 按区域查询社工");
        group.MapGet("/{id:guid}", SocialWorkQueries.GetWorkerAsync).WithName("GetSocialWorker")
            .WithSummary("A social worker and their room 社工详情");
    }

    private static void MapRooms(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/rooms", "Social work rooms 社工室");
        group.MapPost("/", OpenRoom.HandleAsync).WithName("OpenRoom").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Open a community's social work room 设立社工室");
        group.MapGet("/", SocialWorkQueries.ListRoomsAsync).WithName("ListRooms")
            .WithSummary("Social work rooms of a region subtree 按区域查询社工室");
        group.MapGet("/{id:guid}", SocialWorkQueries.GetRoomAsync).WithName("GetRoom")
            .WithSummary("A room and the workers serving there 社工室详情");
        group.MapPost("/{roomId:guid}/workers", Assignments.AssignAsync).WithName("AssignSocialWorker").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Assign a social worker to the room 社工入驻社工室");
        group.MapDelete("/{roomId:guid}/workers/{socialWorkerId:guid}", Assignments.UnassignAsync).WithName("UnassignSocialWorker").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Take a social worker off the room 社工离开社工室");
    }
}
