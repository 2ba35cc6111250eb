using System.Net;
using System.Net.Http.Headers;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

namespace Platform.Identity.Tests;

public sealed class Signing_in_as_a_volunteer(IdentityFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_volunteer_reads_their_own_profile_but_not_another_volunteers()
    {
        using var admin = await fixture.AsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        const string password = "Volunteer-password-1";
        var me = await Accounts.CreateUserAsync(admin, "vol-me", password, PlatformRoles.Volunteer, "511603001", Guid.NewGuid(), Cancel);
        var other = await Accounts.CreateUserAsync(admin, "vol-other", password, PlatformRoles.Volunteer, "511603001", Guid.NewGuid(), Cancel);

        // The whole authorization-code flow (authorize, login form, code exchange) runs through the gateway.
        var tokens = await AuthorizationCodeFlow.SignInAsync(fixture.Gateway, "vol-me", password, Cancel);
        using var volunteer = fixture.Anonymous();
        volunteer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, (await volunteer.GetAsync($"/api/identity/users/{me}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.GetAsync($"/api/identity/users/{other}", Cancel)).StatusCode);
    }
}
