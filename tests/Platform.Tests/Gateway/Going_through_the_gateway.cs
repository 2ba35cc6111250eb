using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using Platform.Tests.Fixture;

namespace Platform.Tests.Gateway;

[Collection(nameof(PlatformCollection))]
public sealed class Going_through_the_gateway(PlatformFixture fixture)
{
    private static readonly string[] AuditorRole = [PlatformRoles.Auditor];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_token_an_API_call_is_401_while_health_docs_and_token_endpoints_are_public()
    {
        using var anonymous = fixture.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/party/regions/511600", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/party/regions", new { }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/party/openapi/v1.json", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/.well-known/openid-configuration", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_forged_expired_or_foreign_issuer_token_is_401_and_the_same_token_signed_current_and_from_the_public_issuer_is_accepted()
    {
        var signing = await CraftedTokens.IdentitySigningKeyAsync(fixture.Servers);
        var issuer = fixture.Identity.PublicOrigin;
        var cases = new (string Token, HttpStatusCode Expected)[]
        {
            (CraftedTokens.Create(CraftedTokens.ForgedKey(), expired: false, issuer), HttpStatusCode.Unauthorized),
            (CraftedTokens.Create(signing, expired: true, issuer), HttpStatusCode.Unauthorized),
            (CraftedTokens.Create(signing, expired: false, new Uri("http://identity/")), HttpStatusCode.Unauthorized),
            (CraftedTokens.Create(signing, expired: false, issuer), HttpStatusCode.OK),
        };

        foreach (var (token, expected) in cases)
        {
            using var client = fixture.Anonymous();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(expected, (await client.GetAsync("/api/party/regions/511600", Cancel)).StatusCode);
        }
    }

    [Fact]
    public async Task A_wrong_role_is_403()
    {
        using var volunteer = await fixture.AsAsync(PlatformRoles.Volunteer, "511603001", volunteerId: Guid.NewGuid());
        var response = await volunteer.PostAsJsonAsync("/api/identity/clients",
            new { clientId = "not-allowed", displayName = "x", roles = AuditorRole, region = "511603001" }, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        // Only staff change the hierarchy or plan activities, and only officials list people.
        var region = await volunteer.PostAsJsonAsync("/api/party/regions",
            new { code = "511603001777", name = "x", level = "Community", parentCode = "511603001" }, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, region.StatusCode);
        Assert.Contains("\"refusedBy\":\"role\"", await region.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync("/api/volunteers/volunteers?region=511603001", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync("/api/party/members", Cancel)).StatusCode);
        using var operatorClient = await fixture.AsAsync(PlatformRoles.OrganisationOperator, "511603001", organisationId: Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PostAsJsonAsync("/api/volunteers/activities", new { }, Cancel)).StatusCode);
    }

    [Theory]
    [InlineData(PlatformRoles.DepartmentClient)]
    [InlineData(PlatformRoles.Auditor)]
    public async Task A_read_only_role_cannot_write_but_reads(string role)
    {
        using var reader = await fixture.AsAsync(role, TestIdentity.CityRegion);

        var write = await reader.PostAsJsonAsync("/api/party/regions",
            new { code = "511603002", name = "x", level = "Street", parentCode = "511603" }, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/party/regions/511603", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_street_officer_neither_sees_nor_changes_another_regions_records()
    {
        using var officer = await fixture.AsAsync(PlatformRoles.StreetOfficer, "511603001");

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/party/regions/511603001", Cancel)).StatusCode);
        var elsewhere = await officer.GetAsync("/api/party/regions/511602001", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.DoesNotContain("Synthetic street", await elsewhere.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/party/regions/511603", Cancel)).StatusCode);

        var write = await officer.PostAsJsonAsync("/api/party/regions",
            new { code = "511602001001", name = "x", level = "Community", parentCode = "511602001" }, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        var own = await officer.PostAsJsonAsync("/api/party/regions",
            new { code = "511603001001", name = "龙镇社区", level = "Community", parentCode = "511603001" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task Over_the_limit_a_client_gets_429_with_Retry_After_and_other_clients_are_unaffected()
    {
        using var busy = await fixture.AsAsync(PlatformRoles.CommunityWorker, "511603001");
        HttpResponseMessage? refused = null;
        for (var i = 0; i <= PlatformFixture.PermitLimit && refused is null; i++)
        {
            var response = await busy.GetAsync("/api/party/regions/511603001", Cancel);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var calm = await fixture.AsAsync(PlatformRoles.CommunityWorker, "511603");
        Assert.Equal(HttpStatusCode.OK, (await calm.GetAsync("/api/party/regions/511603001", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_configured_web_origin_passes_CORS_preflight_and_another_does_not()
    {
        using var anonymous = fixture.Anonymous();
        foreach (var (origin, allowed) in new[] { (PlatformFixture.WebOrigin, true), ("http://evil.localhost", false) })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/party/regions");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
            var response = await anonymous.SendAsync(preflight, Cancel);
            Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Contains(origin));
        }
    }
}
