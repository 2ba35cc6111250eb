using System.Net;
using System.Text.Json;

namespace Platform.Reporting.Tests;

public sealed class Describing_the_api(ReportingFixture fixture)
{
    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_with_a_summary_and_a_policy()
    {
        var response = await fixture.Gateway.GetAsync("/api/reporting/openapi/v1.json", Api.Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Api.Cancel));
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/reporting/open311/v2/requests.{format}", out _));
        Assert.True(paths.TryGetProperty("/api/reporting/overview/{regionCode}", out _));
        foreach (var path in paths.EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post"))
            {
                Assert.False(string.IsNullOrEmpty(operation.Value.GetProperty("summary").GetString()), $"{operation.Name} {path.Name} has no summary");
                Assert.NotEmpty(operation.Value.GetProperty("x-policies").EnumerateArray());
            }
        }
    }
}
