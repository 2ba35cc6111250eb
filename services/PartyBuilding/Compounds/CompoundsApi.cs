using Platform.ServiceDefaults;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.Compounds;

public static class CompoundsApi
{
    public static RouteGroupBuilder MapCompoundsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{PartyBuildingService.Prefix}/compounds", "Compounds 小区").RequireStaffToWrite();
        group.MapPut("/{code}", SetCompoundProfile.HandleAsync)
            .WithName("SetCompoundProfile")
            .WithSummary("Set the profile of a residential compound 小区: category, pilot 试点示范, property company 物业企业, committee 业委会/物管委")
            .WithDescription($"{CompoundKinds.CategoryDescription} {CompoundKinds.CommitteeDescription} Publishes CompoundChanged.");
        group.MapGet("/", ListCompounds.HandleAsync)
            .WithName("ListCompounds")
            .WithSummary("Residential compounds 小区 with their profiles, paged, by region subtree, category, committee and pilot flag")
            .WithDescription($"{CompoundKinds.CategoryDescription} {CompoundKinds.CommitteeDescription} Sorted by code. {PartyBuildingService.ListRules}");
        group.MapGet("/{code}", GetCompound.HandleAsync)
            .WithName("GetCompound")
            .WithSummary("The profile of a residential compound 小区");
        return group;
    }
}
