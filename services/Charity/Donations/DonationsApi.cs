using Platform.ServiceDefaults.Http;

namespace Platform.Charity.Donations;

public static class DonationsApi
{
    public static RouteGroupBuilder MapDonationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{CharityService.Prefix}/donations", "Donations 捐赠").RequireStaffToWrite();
        group.MapPost("/", ReceiveDonation.HandleAsync).WithName("ReceiveDonation")
            .WithSummary("Record a donation of money or goods; honours Idempotency-Key 登记捐赠");
        group.MapPost("/bulk", ReceiveDonations.HandleAsync).WithName("ReceiveDonations")
            .AllowLargeBodies()
            .WithSummary("Record many donations at once, all or none (seeding, imports) 批量登记捐赠");
        group.MapGet("/", ListDonations.HandleAsync).WithName("ListDonations")
            .WithSummary("Donations of a region subtree in a period, paged 按区域和期间查询捐赠");
        group.MapGet("/statement", GetDonorStatement.HandleAsync).WithName("GetDonorStatement")
            .WithSummary("A donor's donations and total 捐赠人对账单");
        group.MapGet("/{id:guid}", GetDonation.HandleAsync).WithName("GetDonation")
            .WithSummary("A donation 捐赠详情");

        // A copy of the list is kept by departments and auditors, not by volunteers or operators.
        var officials = group.MapGroup("").RequireAuthorization(PlatformPolicies.Officials);
        officials.MapGet("/changes", ListDonationChanges.HandleAsync).WithName("ListDonationChanges")
            .WithSummary("What changed in the donation list after a token, for keeping a copy 捐赠变更同步");
        return group;
    }
}
