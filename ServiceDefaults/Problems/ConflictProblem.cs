using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.ServiceDefaults.Problems;

/// <summary>A 409 that names the field whose value conflicts with the current state (an illegal transition, an overdraw).</summary>
public static class ConflictProblem
{
    public static ProblemHttpResult For(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The request conflicts with the current state.",
        });
}
