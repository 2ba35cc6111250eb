using System.Net;
using System.Text.Json;

namespace Platform.PartyBuilding.Tests;

/// <summary>Every operation is in the OpenAPI document with a summary carrying its Chinese name.</summary>
public sealed class Documenting_the_api(PartyFixture fixture)
{
    [Fact]
    public async Task Every_operation_has_a_summary_with_chinese_and_english_names()
    {
        var response = await fixture.Client.GetAsync("/api/party/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete")
                .Select(o => (Route: $"{o.Name} {path.Name}", Operation: o.Value)))
            .ToList();

        Assert.True(operations.Count >= 25, $"{operations.Count} operations");
        Assert.All(operations, o =>
        {
            var summary = o.Operation.TryGetProperty("summary", out var s) ? s.GetString() ?? "" : "";
            Assert.True(summary.Any(c => c >= '\u4e00' && c <= '\u9fff') && summary.Any(char.IsAsciiLetter), $"{o.Route}: '{summary}'");
        });
        var text = string.Join("\n", Strings(document.RootElement));
        foreach (var name in new[] { "商品房小区", "散居楼院", "物业行业综合党委", "社会组织党支部", "业委会", "物管委", "网格", "双报到", "综治中心" })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_operation_has_an_id_and_every_query_parameter_a_camel_case_name()
    {
        var response = await fixture.Client.GetAsync("/api/party/openapi/v1.json", TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete")
                .Select(o => (Route: $"{o.Name} {path.Name}", Operation: o.Value)))
            .ToList();

        Assert.All(operations, o => Assert.True(o.Operation.TryGetProperty("operationId", out _), $"{o.Route} has no operationId"));
        var names = operations.SelectMany(o => o.Operation.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")
                    .Select(p => $"{o.Route} {p.GetProperty("name").GetString()}")
                : [])
            .ToList();
        Assert.Contains(names, n => n.EndsWith(" pageSize", StringComparison.Ordinal));
        Assert.All(names, n => Assert.True(char.IsAsciiLetterLower(n.Split(' ')[^1][0]), n));
        Assert.DoesNotContain(names, n => n.EndsWith(" under", StringComparison.Ordinal) || n.EndsWith(" regionCode", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
