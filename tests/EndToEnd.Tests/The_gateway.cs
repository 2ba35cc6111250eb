using System.Net;

namespace Platform.EndToEnd.Tests;

public sealed class The_gateway(PlatformFixture platform)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Serves_the_api_reference_and_every_services_openapi_document()
    {
        var page = await platform.Anonymous.GetAsync("/docs", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        foreach (var service in PlatformFixture.Services)
        {
            var document = await platform.Anonymous.GetAsync($"/api/{service}/openapi/v1.json", Cancel);
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.Contains("\"openapi\"", await document.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Refuses_a_call_without_a_token_with_401()
    {
        var response = await platform.Anonymous.GetAsync("/api/party/regions/511600", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Keeps_a_sane_request_id_the_client_sent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/party/regions/511600");
        request.Headers.Add("X-Request-Id", "client-chosen-id-42");

        var response = await platform.Gateway.SendAsync(request, Cancel);

        Assert.Equal("client-chosen-id-42", Assert.Single(response.Headers.GetValues("X-Request-Id")));
    }

    [Fact]
    public async Task Answers_an_unknown_route_with_a_problem_document()
    {
        var response = await platform.Gateway.GetAsync("/api/nowhere/at-all", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
