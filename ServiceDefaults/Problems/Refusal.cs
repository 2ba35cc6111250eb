using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.ServiceDefaults.Problems;

/// <summary>Why a rule refuses a change to the current state, naming the field the client can act on.</summary>
public sealed record Refusal(string Field, string Message)
{
    /// <summary>A 409 problem document that lists the field under "errors", as a validation problem does.</summary>
    public ProblemHttpResult ToConflict() => ConflictProblem.For(Field, Message);
}
