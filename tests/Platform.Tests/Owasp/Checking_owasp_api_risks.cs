using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using Platform.Tests.Fixture;

namespace Platform.Tests.Owasp;

/// <summary>
/// OWASP API Security Top 10 (2023) through the gateway, for the risks the other classes do not already cover:
/// API4 resource consumption (body size, page size), API6 sensitive business flows (donation limits) and API8 security
/// misconfiguration (banners, headers, traces). API1/API5 (object and function level) are in
/// <see cref="Gateway.Going_through_the_gateway"/> and the endpoint × role table; API3 (mass assignment) in the fuzzing.
/// </summary>
[Collection(nameof(PlatformCollection))]
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

    [Fact]
    public async Task Donations_past_the_same_donor_limit_are_429_with_Retry_After_and_above_the_ceiling_400()
    {
        const string community = "511602001903";
        using var admin = await fixture.AsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        (await admin.PostAsJsonAsync("/api/party/regions", new { code = community, name = "捐赠限额社区 (synthetic)", level = "Community", parentCode = "511602001" }, Cancel))
            .EnsureSuccessStatusCode();
        // Polled straight at Charity, clear of the gateway's rate limit.
        using var charity = new HttpClient { BaseAddress = fixture.Services["/api/charity"].BaseAddress };
        charity.DefaultRequestHeaders.Authorization = new("Bearer", await fixture.Identity.TokenAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion));
        await Eventually.UntilAsync(async () => (await charity.GetAsync($"/api/charity/replica/regions/{community}", Cancel)).IsSuccessStatusCode,
            TimeSpan.FromSeconds(60), $"{community} in Charity's replica", Cancel);
        var federation = await IdOfAsync(await admin.PostAsJsonAsync("/api/charity/federations", new { name = "广安区慈善会 (test)", regionCode = "511602" }, Cancel));
        var fund = await IdOfAsync(await admin.PostAsJsonAsync("/api/charity/funds", new { name = "捐赠限额社区慈善基金", federationId = federation, communityCode = community }, Cancel));
        using var worker = await fixture.AsAsync(PlatformRoles.CommunityWorker, community);
        object Gift(long amountFen) => new { kind = "Money", donorKind = "Resident", donorName = "同一捐赠人", amountFen, fundId = fund };

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await worker.PostAsJsonAsync("/api/charity/donations", Gift(100), Cancel));
        }

        var tooLarge = await worker.PostAsJsonAsync("/api/charity/donations", new { kind = "Money", donorKind = "Anonymous", amountFen = 1_000_000_001L, fundId = fund }, Cancel);

        Assert.All(answers[..3], answer => Assert.Equal(HttpStatusCode.Created, answer.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3].StatusCode);
        Assert.Equal("application/problem+json", answers[3].Content.Headers.ContentType?.MediaType);
        Assert.Contains("donor", await answers[3].Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.InRange(answers[3].Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Contains("amountFen", await tooLarge.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var statement = JsonDocument.Parse(await charity.GetStringAsync($"/api/charity/funds/{fund}", Cancel));
        Assert.Equal(300, statement.RootElement.GetProperty("balanceFen").GetInt64());
    }

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}
