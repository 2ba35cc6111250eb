using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

namespace Platform.Identity.Tests;

/// <summary>
/// OWASP API Security Top 10 (2023) through the gateway, for the risks the other classes do not already cover:
/// API4 resource consumption (body size, page size) and API8 security misconfiguration (banners, headers, traces).
/// API1/API5 (object and function level) are in <see cref="Going_through_the_gateway"/> and the endpoint × role table;
/// API3 (mass assignment) in the fuzzing.
/// </summary>
public sealed class Checking_owasp_api_risks(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_answer_names_the_server_and_every_answer_carries_the_security_headers()
    {
        using var admin = await fixture.AsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        using var anonymous = fixture.Anonymous();
        var answers = new[]
        {
            await admin.GetAsync("/api/party/regions/511600", Cancel),       // proxied 200
            await admin.GetAsync("/api/party/regions/511699999999", Cancel), // proxied 404
            await anonymous.GetAsync("/api/party/regions/511600", Cancel),   // the gateway's own 401
            await anonymous.GetAsync("/health", Cancel),
        };

        Assert.All(answers, answer =>
        {
            Assert.False(answer.Headers.Contains("Server"), $"{answer.RequestMessage!.RequestUri}: Server header");
            Assert.False(answer.Headers.Contains("X-Powered-By"));
            Assert.Equal("nosniff", Assert.Single(answer.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(answer.Headers.GetValues("X-Frame-Options")));
        });
    }

    [Fact]
    public async Task An_error_answer_never_carries_a_stack_trace_or_exception_detail()
    {
        using var admin = await fixture.AsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        using var malformed = new StringContent("{\"code\": \"511603001\", \"level\": ", Encoding.UTF8, "application/json");

        var answer = await admin.PostAsync("/api/party/regions", malformed, Cancel);
        var text = await answer.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_413_and_pages_over_the_cap_are_400()
    {
        using var admin = await fixture.AsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        var huge = new string('x', 2 * 1024 * 1024);

        var body = await admin.PostAsJsonAsync("/api/party/regions", new { code = "511603001902", name = huge, level = "Community", parentCode = "511603001" }, Cancel);
        var page = await admin.GetAsync("/api/volunteers/volunteers?region=511603&pageSize=100000", Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, body.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("pageSize", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
