using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Platform.Testing;

/// <summary>Reads an answer the test expects, failing with the body when the status is not the expected one.</summary>
public static class HttpAnswers
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new UnexpectedAnswerException($"Expected {expected}, got {response.StatusCode}: {body}");
        }

        return JsonSerializer.Deserialize<T>(body, Json.Options)!;
    }

    /// <summary>A problem document (application/problem+json) with the status, naming the field.</summary>
    public static async Task<HttpValidationProblemDetails> ProblemAsync(
        this HttpResponseMessage response, HttpStatusCode expected, string field, CancellationToken cancellationToken)
    {
        var problem = await response.ReadAsync<HttpValidationProblemDetails>(expected, cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            throw new UnexpectedAnswerException($"Expected a problem document, got {response.Content.Headers.ContentType}.");
        }

        if (!problem.Errors.ContainsKey(field))
        {
            throw new UnexpectedAnswerException($"The problem names {string.Join(", ", problem.Errors.Keys)}, not {field}.");
        }

        return problem;
    }
}

public sealed class UnexpectedAnswerException(string message) : Exception(message);
