using System.Net;
using System.Text.Json;

namespace Platform.Volunteers.Tests;

public sealed class Describing_the_api(VolunteersFixture fixture)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await fixture.Gateway.GetAsync("/api/volunteers/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
    }

    [Fact]
    public async Task The_openapi_document_lists_the_endpoints_with_chinese_and_english_summaries_through_the_gateway()
    {
        var document = (await DocumentAsync()).GetRawText();

        Assert.Contains("Register a volunteer 志愿者注册", document, StringComparison.Ordinal);
        Assert.Contains("/api/volunteers/activities/{activityId}/participants/{volunteerId}/hours", document, StringComparison.Ordinal);
        Assert.Contains("/api/volunteers/volunteers/changes", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_operation_has_an_id_and_a_summary_and_every_query_parameter_is_camel_case_and_region_is_optional()
    {
        var operations = (await DocumentAsync()).GetProperty("paths").EnumerateObject()
            // The region replica's endpoint is the shared building block's, not this service's.
            .Where(path => !path.Name.Contains("/replica/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)).Select(m => (Path: path.Name, Operation: m.Value)))
            .ToList();
        var query = operations
            .SelectMany(o => o.Operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(p => p.GetProperty("in").GetString() == "query").ToList();

        Assert.All(operations, o => Assert.True(o.Operation.TryGetProperty("operationId", out _) && o.Operation.TryGetProperty("summary", out _), o.Path));
        Assert.All(query, p => Assert.True(char.IsLower(p.GetProperty("name").GetString()![0]), p.GetProperty("name").GetString()));
        Assert.Contains(query, p => p.GetProperty("name").GetString() == "pageSize");
        Assert.All(query.Where(p => p.GetProperty("name").GetString() == "region"),
            p => Assert.False(p.TryGetProperty("required", out var required) && required.GetBoolean()));
    }
}
