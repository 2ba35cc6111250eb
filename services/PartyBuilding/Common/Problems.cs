using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.PartyBuilding.Common;

internal static class Problems
{
    /// <summary>A 409 problem document that names the field in conflict, like a validation problem does.</summary>
    public static ProblemHttpResult Conflict(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The request conflicts with the current state.",
        });

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
