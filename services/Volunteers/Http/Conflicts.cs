using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Problems;
using Platform.Volunteers.Activities;

namespace Platform.Volunteers.Http;

/// <summary>A 409 that names the field whose value conflicts with the current state (an illegal transition, a full activity).</summary>
public static class Conflicts
{
    public static ProblemHttpResult Of(string field, string message) => ConflictProblem.For(field, message);

    public static ProblemHttpResult Of(Refusal refusal) => Of(refusal.Field, refusal.Message);
}
