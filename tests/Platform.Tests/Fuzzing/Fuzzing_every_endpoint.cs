using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Platform.Testing.OpenApi;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using Platform.Tests.Fixture;

namespace Platform.Tests.Fuzzing;

/// <summary>
/// Bad-input fuzzing: hostile requests generated from every service's OpenAPI document, sent with a city
/// administrator's token (the most powerful caller) straight to each service. No answer may be a 5xx, every refusal
/// the application makes is a problem document, and no table of any service changes. The histogram is written to artifacts/fuzz-report.md.
/// </summary>
[Collection(nameof(PlatformCollection))]
public sealed class Fuzzing_every_endpoint(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_answer_is_a_5xx_every_refusal_is_a_problem_document_and_nothing_is_written()
    {
        var services = fixture.Services.Keys.Select(prefix => prefix["/api/".Length..]).ToList();
        var token = await fixture.Identity.TokenAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        var cases = new List<FuzzCase>();
        foreach (var (prefix, client) in fixture.Services)
        {
            cases.AddRange((await ApiEndpoint.ReadAsync(prefix, client, Cancel)).SelectMany(FuzzCase.For));
        }

        var before = await DatabaseCounts.SettledAsync(fixture.Servers, services, Cancel);
        var histogram = new SortedDictionary<int, int>();
        var failures = new List<string>();
        foreach (var fuzz in cases)
        {
            var (status, problem, empty, mediaType) = await SendAsync(fuzz, token);
            histogram[status] = histogram.GetValueOrDefault(status) + 1;
            // Kestrel itself refuses a malformed or over-long request line (NUL in the path, a 10,000-character query)
            // with an empty 400/414 before any application code runs; everything the application answers is a problem document.
            var refusedByServer = empty && status is 400 or 414 or 431;
            // Open311 GeoReport v2 prescribes its own error list (JSON or XML), which its clients parse.
            var open311Error = fuzz.Endpoint.Path.Contains("/open311/", StringComparison.Ordinal) && !empty && mediaType is "application/json" or "text/xml";
            if (status >= 500 || (status >= 400 && !problem && !refusedByServer && !open311Error))
            {
                failures.Add($"{fuzz.Endpoint.Name} [{fuzz.What}] {fuzz.Url[..Math.Min(fuzz.Url.Length, 90)]}: {status}{(problem ? "" : " without a problem document")}");
            }
        }

        var after = await DatabaseCounts.SettledAsync(fixture.Servers, services, Cancel);
        var changed = after.Where(c => before.GetValueOrDefault(c.Key) != c.Value).Select(c => $"{c.Key}: {before.GetValueOrDefault(c.Key)} → {c.Value}").ToList();
        await WriteReportAsync(cases.Count, histogram, failures);

        Assert.True(cases.Count > 1000, $"{cases.Count} cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(50)));
        Assert.True(changed.Count == 0, "Written by hostile requests:\n" + string.Join("\n", changed));
    }

    [Fact]
    public async Task A_NUL_character_in_a_field_or_a_query_parameter_is_a_400_naming_it_not_a_database_error()
    {
        using var admin = await fixture.AsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);

        var body = await admin.PostAsJsonAsync("/api/party/regions",
            new { code = "511603001901", name = "龙镇\u0000社区", level = "Community", parentCode = "511603001" }, Cancel);
        var query = await admin.GetAsync("/api/party/regions?name=%00", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, body.StatusCode);
        Assert.Contains("\"name\"", await body.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        Assert.Contains("\"name\"", await query.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/party/regions/511603001901", Cancel)).StatusCode);
    }

    private async Task<(int Status, bool Problem, bool Empty, string? MediaType)> SendAsync(FuzzCase fuzz, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(fuzz.Endpoint.Method), fuzz.Url) { Content = fuzz.Body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await fixture.Services[fuzz.Endpoint.Service].SendAsync(request, Cancel);
        var body = await response.Content.ReadAsByteArrayAsync(Cancel);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        return ((int)response.StatusCode, mediaType == "application/problem+json", body.Length == 0, mediaType);
    }

    private static async Task WriteReportAsync(int requests, SortedDictionary<int, int> histogram, List<string> failures)
    {
        var report = new StringBuilder()
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{requests} hostile requests; by status:")
            .AppendLine()
            .AppendLine("| status | requests |")
            .AppendLine("|---|---|");
        foreach (var (status, count) in histogram)
        {
            report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| {status} | {count} |");
        }

        report.AppendLine().AppendLine(failures.Count == 0 ? "No failures." : string.Join("\n", failures));
        var output = Path.Combine(RepositoryRoot.Path, "artifacts", "fuzz-report.md");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, report.ToString(), Cancel);
    }
}
