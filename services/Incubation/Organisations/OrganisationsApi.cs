using Platform.Incubation.Organisations.Import;
using Platform.Security;
using Platform.ServiceDefaults.Http;

namespace Platform.Incubation.Organisations;

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{IncubationService.Prefix}/organisations", "Social organisations 社会组织").RequireStaffToWrite();
        group.MapPost("/", ApplyOrganisation.HandleAsync).WithName("ApplyOrganisation")
            .WithSummary("An organisation applies to be filed 社会组织申请");
        group.MapPost("/import", ImportOrganisations.HandleAsync).WithName("ImportOrganisations")
            .AllowLargeBodies()
            .WithSummary("Bulk import of organisations with their state and grade, publishing every step 社会组织批量导入");
        group.MapGet("/", ListOrganisations.HandleAsync).WithName("ListOrganisations")
            .WithSummary("Organisations of a region subtree by kind, current grade and state 按区域、类型、等级、状态查询社会组织");
        group.MapGet("/{id:guid}", GetOrganisation.HandleAsync).WithName("GetOrganisation")
            .WithSummary("An organisation's full record: lifecycle, grades, projects 社会组织档案");
        group.MapPost("/{id:guid}/file", FileOrganisation.HandleAsync).WithName("FileOrganisation")
            .WithSummary("File the organisation with its street 备案");
        group.MapPost("/{id:guid}/incubate", StartIncubation.HandleAsync).WithName("StartIncubation")
            .WithSummary("The organisation enters incubation at a centre 入驻孵化");
        group.MapPost("/{id:guid}/graduate", GraduateOrganisation.HandleAsync).WithName("GraduateOrganisation")
            .WithSummary("The organisation leaves incubation 出壳");
        group.MapPost("/{id:guid}/revoke", RevokeOrganisation.HandleAsync).WithName("RevokeOrganisation")
            .WithSummary("Revoke the organisation, with a reason 撤销");
        group.MapPost("/{id:guid}/grades", GradeOrganisation.HandleAsync).WithName("GradeOrganisation")
            .WithSummary("Record a grade evaluation, 1A–5A 等级评估");
        group.MapGet("/{id:guid}/projects", ListOrganisationProjects.HandleAsync).WithName("ListOrganisationProjects")
            .WithSummary("An organisation's project history 组织项目记录");

        // The change feed lists whole organisations for departments keeping a copy: officials only, not operators.
        var officials = group.MapGroup("").RequireAuthorization(PlatformPolicies.Officials);
        officials.MapGet("/changes", ListOrganisationChanges.HandleAsync).WithName("ListOrganisationChanges")
            .WithSummary("What changed in the organisation list after a token, for keeping a copy 社会组织变更同步");
        return group;
    }
}
