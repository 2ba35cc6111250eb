using Platform.Web.Account;
using Platform.Web.Features.Administration;

namespace Platform.Web.Tests.Administration;

public sealed class Offering_the_roles_one_may_grant
{
    private static ConsoleUser As(string role) => new("s", "n", [role], "511603", null);

    [Fact]
    public void A_city_administrator_may_grant_every_role()
    {
        Assert.Contains("auditor", AccessForm.GrantableBy(As("city-admin")));
        Assert.Contains("department-client", AccessForm.GrantableBy(As("city-admin")));
    }

    [Fact]
    public void A_county_officer_may_not_grant_the_roles_reserved_to_the_city()
    {
        var roles = AccessForm.GrantableBy(As("county-officer"));

        Assert.Contains("street-officer", roles);
        Assert.DoesNotContain("city-admin", roles);
        Assert.DoesNotContain("auditor", roles);
        Assert.DoesNotContain("department-client", roles);
    }

    [Fact]
    public void Anyone_else_may_grant_nothing()
    {
        Assert.Empty(AccessForm.GrantableBy(As("street-officer")));
        Assert.Empty(AccessForm.GrantableBy(As("auditor")));
    }
}
