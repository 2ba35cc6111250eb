using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Platform.Reporting.Compliance;
using Platform.Reporting.Statistics;
using Platform.Testing;

namespace Platform.Reporting.Tests;

/// <summary>The calls the tests make, over HTTP, with the answers they expect.</summary>
public static class Api
{
    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<RegionOverview> OverviewAsync(this HttpClient client, string region) =>
        await (await client.GetAsync($"/api/reporting/overview/{region}", Cancel)).ExpectAsync<RegionOverview>(HttpStatusCode.OK);

    public static async Task<RegionCompliance> ComplianceAsync(this HttpClient client, string region) =>
        await (await client.GetAsync($"/api/reporting/compliance/{region}", Cancel)).ExpectAsync<RegionCompliance>(HttpStatusCode.OK);

    public static async Task<T> ExpectAsync<T>(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == status, $"Expected {status}, got {response.StatusCode}: {body}");
        return System.Text.Json.JsonSerializer.Deserialize<T>(body, Json.Options)!;
    }

    /// <summary>A 400 problem document naming each of <paramref name="fields"/>.</summary>
    public static async Task<HttpValidationProblemDetails> BadRequestAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ExpectAsync<HttpValidationProblemDetails>(HttpStatusCode.BadRequest);
        foreach (var field in fields)
        {
            Assert.True(problem.Errors.ContainsKey(field), $"The problem names {string.Join(", ", problem.Errors.Keys)}, not {field}.");
        }

        return problem;
    }

    /// <summary>A 403 for a region out of reach, naming each of <paramref name="fields"/>.</summary>
    public static async Task<HttpValidationProblemDetails> ForbiddenAsync(this HttpResponseMessage response, params string[] fields) =>
        await response.ProblemAsync(HttpStatusCode.Forbidden, fields);

    /// <summary>A 409 naming each of <paramref name="fields"/>.</summary>
    public static async Task<HttpValidationProblemDetails> ConflictAsync(this HttpResponseMessage response, params string[] fields) =>
        await response.ProblemAsync(HttpStatusCode.Conflict, fields);

    private static async Task<HttpValidationProblemDetails> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string[] fields)
    {
        var problem = await response.ExpectAsync<HttpValidationProblemDetails>(status);
        foreach (var field in fields)
        {
            Assert.True(problem.Errors.ContainsKey(field), $"The problem names {string.Join(", ", problem.Errors.Keys)}, not {field}.");
        }

        return problem;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, Cancel);
}
