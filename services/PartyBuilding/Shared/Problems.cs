using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Problems;

namespace Platform.PartyBuilding.Shared;

internal static class Problems
{
    /// <summary>A 409 problem document that names the field in conflict under "errors", as a validation problem does.</summary>
    public static ProblemHttpResult Conflict(string field, string message) => ConflictProblem.For(field, message);

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
