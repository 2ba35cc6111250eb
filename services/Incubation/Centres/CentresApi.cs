using Platform.Security;

namespace Platform.Incubation.Centres;

public static class CentresApi
{
    public static RouteGroupBuilder MapCentresApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{IncubationService.Prefix}/centres", "Incubation centres 孵化中心").RequireStaffToWrite();
        group.MapPost("/", EstablishCentre.HandleAsync).WithName("EstablishCentre")
            .WithSummary("Establish a city or county incubation centre 设立孵化中心");
        group.MapGet("/", ListCentres.HandleAsync).WithName("ListCentres")
            .WithSummary("Incubation centres 孵化中心列表");
        group.MapGet("/{id:guid}", GetCentre.HandleAsync).WithName("GetCentre")
            .WithSummary("A centre and the organisations in incubation there 孵化中心及在孵组织");
        return group;
    }
}
