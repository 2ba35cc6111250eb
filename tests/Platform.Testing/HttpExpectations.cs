using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Platform.Testing;

/// <summary>Reads a response the test expects, failing with the body when the status is another.</summary>
public static class HttpExpectations
{
    public static async Task<T> ExpectAsync<T>(this HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == expected
            ? JsonSerializer.Deserialize<T>(body, Json.Options)!
            : throw new HttpRequestException($"Expected {(int)expected} {expected}, got {(int)response.StatusCode} {response.StatusCode}: {body}");
    }

    /// <summary>A problem document (application/problem+json) with the expected status that names <paramref name="field"/> among its errors.</summary>
    public static async Task<HttpValidationProblemDetails> ExpectProblemAsync(
        this HttpResponseMessage response, HttpStatusCode expected, string field, CancellationToken cancellationToken)
    {
        var problem = await response.ExpectAsync<HttpValidationProblemDetails>(expected, cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            throw new HttpRequestException($"Expected a problem document, got {response.Content.Headers.ContentType}.");
        }

        return problem.Errors.ContainsKey(field)
            ? problem
            : throw new HttpRequestException($"The problem names {string.Join(", ", problem.Errors.Keys)}, not {field}.");
    }
}
