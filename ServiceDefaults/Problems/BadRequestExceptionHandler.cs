using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Platform.ServiceDefaults.Problems;

/// <summary>Malformed JSON, a wrong type, an unknown member or an oversized body: a 400/413 naming the field.</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var status = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? StatusCodes.Status413PayloadTooLarge
            : StatusCodes.Status400BadRequest;
        context.Response.StatusCode = status;

        var errors = FindJsonError(bad) is { } json
            ? new Dictionary<string, string[]> { [FieldName(json.Path)] = [JsonMessage(json)] }
            : new Dictionary<string, string[]>();

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(errors)
            {
                Status = status,
                Title = status == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request is malformed.",
                Detail = status == StatusCodes.Status413PayloadTooLarge ? bad.Message : errors.Count == 0 ? bad.Message : null,
            },
        });
    }

    private static JsonException? FindJsonError(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    /// <summary>"$.members[2].name" → "members[2].name"; the document root is "$".</summary>
    internal static string FieldName(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string JsonMessage(JsonException json) =>
        json.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "This field is not part of the request."
        : json.Message.Contains("could not be converted", StringComparison.Ordinal) ? "The value has the wrong type."
        : "The JSON is malformed here.";
}
