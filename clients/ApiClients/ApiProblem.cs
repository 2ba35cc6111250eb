using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace Platform.Clients;

/// <summary>
/// An RFC 9457 problem (docs/api.md, "Errors") as a form shows it: the status, the title and detail, and the
/// messages by field, the field named as the API names it (<c>idNumber</c>, <c>rows[3].communityCode</c>, <c>version</c>).
/// </summary>
public sealed record ApiProblem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>The messages for one field; none when the problem does not name it.</summary>
    public IReadOnlyList<string> For(string field) => Errors.TryGetValue(field, out var messages) ? messages : [];

    /// <summary>
    /// What a generated client threw for an error response: one of the documents' problem classes (each service's
    /// <c>ProblemDetails</c> and <c>HttpValidationProblemDetails</c>, deriving from <see cref="ApiException"/>) or a
    /// plain <see cref="ApiException"/> for a status the document does not describe, which has only the status.
    /// </summary>
    public static ApiProblem From(ApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is not IParsable body)
        {
            return new ApiProblem(exception.ResponseStatusCode, null, null, NoErrors);
        }

        // Written back as the JSON it was read from: the six services' problem classes are six sets of types with one
        // shape, and the field names in `errors` only survive as they came in Kiota's additional data.
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, body);
        using var json = JsonDocument.Parse(writer.GetSerializedContent());
        var root = json.RootElement;
        var status = exception.ResponseStatusCode != 0 ? exception.ResponseStatusCode : Number(root, "status") ?? 0;
        return new ApiProblem(status, Text(root, "title"), Text(root, "detail"), FieldErrors(root));
    }

    private static IReadOnlyDictionary<string, string[]> FieldErrors(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            return NoErrors;
        }

        return errors.EnumerateObject().ToDictionary(
            field => field.Name,
            field => field.Value.ValueKind == JsonValueKind.Array
                ? [.. field.Value.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.String ? m.GetString()! : m.GetRawText())]
                : new[] { field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()! : field.Value.GetRawText() },
            StringComparer.Ordinal);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;
}
