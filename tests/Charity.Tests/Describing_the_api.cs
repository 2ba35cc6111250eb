using System.Net;
using System.Text.Json.Nodes;

namespace Platform.Charity.Tests;

public sealed class Describing_the_api(CharityFixture fixture)
{
    [Fact]
    public async Task Every_operation_has_a_policy_and_a_chinese_and_english_summary_through_the_gateway()
    {
        var response = await fixture.Gateway.GetAsync("/api/charity/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key.ToUpperInvariant()} {path.Key}", Operation: op.Value!)))
            .ToList();
        Assert.Contains(operations, o => o.Name == "POST /api/charity/disbursements/{id}/approvals");
        Assert.True(operations.Count >= 25, $"Only {operations.Count} operations.");
        foreach (var (name, operation) in operations)
        {
            Assert.True(operation["x-policies"]?.AsArray().Count > 0, $"{name} has no policy.");
            var summary = operation["summary"]?.GetValue<string>() ?? "";
            Assert.True(summary.Any(c => c >= '\u4e00' && c <= '\u9fff') && summary.Any(char.IsAsciiLetter), $"{name}: '{summary}'");
        }
    }
}
