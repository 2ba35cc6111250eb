using System.Text.Json;

namespace Platform.Tests.Scope;

/// <summary>An answer's status and, for a problem document, what it names: the fields in <c>errors</c>, or its title.</summary>
public sealed record ScopeAnswer(int Status, string Detail, bool RefusedByRole)
{
    public static ScopeAnswer Of(int status, string? mediaType, string body)
    {
        if (mediaType != "application/problem+json" || body.Length == 0)
        {
            return new(status, "", false);
        }

        using var problem = JsonDocument.Parse(body);
        var root = problem.RootElement;
        var refusedByRole = root.TryGetProperty("refusedBy", out var by) && by.GetString() == "role";
        var detail = root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? "errors: " + string.Join(", ", errors.EnumerateObject().Select(e => $"{e.Name} ({string.Join(" ", e.Value.EnumerateArray().Select(m => m.ToString()))})"))
            : root.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "";
        return new(status, detail.Length > 200 ? detail[..200] + "…" : detail, refusedByRole);
    }

    public override string ToString() => Detail.Length == 0 ? $"{Status}" : $"{Status} ({Detail})";
}
