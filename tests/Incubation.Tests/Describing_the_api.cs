using System.Net;
using System.Text.Json;

namespace Platform.Incubation.Tests;

public sealed class Describing_the_api(IncubationFixture fixture)
{
    [Fact]
    public async Task Every_operation_in_the_openapi_document_has_a_chinese_and_english_summary_through_the_gateway()
    {
        var response = await fixture.Gateway.GetAsync("/api/incubation/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(path => !path.Name.Contains("/replica/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name} {path.Name}",
                Summary: op.Value.TryGetProperty("summary", out var s) ? s.GetString() ?? "" : "")))
            .ToList();

        Assert.Contains(operations, op => op.Name == "delete /api/incubation/rooms/{roomId}/workers/{socialWorkerId}");
        Assert.True(operations.Count >= 20, $"Only {operations.Count} operations are documented.");
        Assert.All(operations, op => Assert.True(op.Summary.Any(char.IsAsciiLetter) && op.Summary.Any(c => c >= '\u4e00' && c <= '\u9fff'),
            $"{op.Name} lacks a Chinese and English summary: '{op.Summary}'"));
    }
}
