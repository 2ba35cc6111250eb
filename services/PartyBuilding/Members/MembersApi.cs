using Platform.PartyBuilding.DualReports;
using Platform.ServiceDefaults;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.Members;

public static class MembersApi
{
    public static RouteGroupBuilder MapMembersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{PartyBuildingService.Prefix}/members", "Party members 党员").RequireStaffToWrite()
            .RequireAuthorization(PlatformPolicies.Officials);
        group.MapPost("/", RegisterMember.HandleAsync)
            .WithName("RegisterMember")
            .WithSummary("Register a party member 党员")
            .WithDescription("The resident ID number 身份证号 (GB 11643) is stored encrypted, unique by keyed hash (a duplicate is 409), " +
                "and returned masked (5116**********1234); the phone is masked too. The organisation must be in the caller's region " +
                "(else 400, as an unknown one); only a city-wide caller registers a member without one.");
        group.MapGet("/{id:guid}", GetMember.HandleAsync)
            .WithName("GetMember")
            .WithSummary("A party member 党员, personal data masked");
        group.MapGet("/", ListMembers.HandleAsync)
            .WithName("ListMembers")
            .WithSummary("Party members 党员, paged, by region subtree, organisation, name, registration date or dual report (双报到)")
            .WithDescription("A member belongs to the region of their party organisation and of the community of their active dual " +
                $"report; one with neither belongs to the city. Sorted by registeredAt, then id. {PartyBuildingService.ListRules} " +
                $"{PartyBuildingService.DateRules} (on registeredAt)");
        // Filing a report is dual reporting: it carries that feature's tag, so it has a group of its own under this segment.
        app.MapDualReportingGroup("members").MapPost("/{id:guid}/reports", ReportMember.HandleAsync)
            .WithName("ReportMember")
            .WithSummary("A party member 党员 reports to the community 社区 where they live (双报到)")
            .WithDescription("One active report per member: a second is 409 naming memberId. Publishes PartyMemberReported.");
        return group;
    }
}
