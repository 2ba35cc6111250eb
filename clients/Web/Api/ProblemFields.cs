using Platform.Clients;

namespace Platform.Web.Api;

/// <summary>A problem's messages at a form's field: <c>Error="@_problem.Names("idNumber")" ErrorText="@_problem.TextFor("idNumber")"</c>.</summary>
public static class ProblemFields
{
    public static bool Names(this ApiProblem? problem, string field) => problem?.For(field).Count > 0;

    public static string? TextFor(this ApiProblem? problem, string field) =>
        problem?.For(field) is { Count: > 0 } messages ? string.Join(" ", messages) : null;

    /// <summary>The messages for fields the form does not show (a row of an import, the record as a whole).</summary>
    public static IEnumerable<KeyValuePair<string, string[]>> Besides(this ApiProblem? problem, params IReadOnlyCollection<string> shown) =>
        problem?.Errors.Where(e => !shown.Contains(e.Key)) ?? [];
}
