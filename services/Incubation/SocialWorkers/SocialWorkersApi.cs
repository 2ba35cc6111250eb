using Platform.Incubation.SocialWorkers.Import;
using Platform.Security;
using Platform.ServiceDefaults.Http;

namespace Platform.Incubation.SocialWorkers;

public static class SocialWorkersApi
{
    public static RouteGroupBuilder MapSocialWorkersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{IncubationService.Prefix}/social-workers", "Social workers 持证社工").RequireStaffToWrite();
        group.MapPost("/", RegisterSocialWorker.HandleAsync).WithName("RegisterSocialWorker")
            .WithSummary("Register a certified social worker 登记持证社工");
        group.MapPost("/import", ImportSocialWork.HandleAsync).WithName("ImportSocialWork")
            .AllowLargeBodies()
            .WithSummary("Bulk import of social work rooms and certified social workers with their assignments 社工室与社工批量导入");
        group.MapGet("/", ListSocialWorkers.HandleAsync).WithName("ListSocialWorkers")
            .WithSummary("Social workers of a region subtree 按区域查询社工");
        group.MapGet("/{id:guid}", GetSocialWorker.HandleAsync).WithName("GetSocialWorker")
            .WithSummary("A social worker and their room 社工详情");
        return group;
    }
}
