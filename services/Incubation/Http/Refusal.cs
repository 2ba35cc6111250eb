using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Incubation.Http;

/// <summary>Why a rule refuses a change to the current state, naming the field the client can act on.</summary>
public sealed record Refusal(string Field, string Message)
{
    /// <summary>A 409 problem document that lists the field under "errors", as a validation problem does.</summary>
    public ProblemHttpResult ToConflict() =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [Field] = [Message] })
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The request conflicts with the current state.",
        });
}
