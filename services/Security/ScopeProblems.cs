using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Security;

/// <summary>
/// The answers of the region-scope check (docs/api.md, section 1): a region the request names out of the caller's
/// subtree is a 403 naming the field; a region that is in reach but unknown is a 404 naming it. A record addressed by
/// id out of reach is a plain 404, the same as an unknown one, so handlers use <c>TypedResults.NotFound()</c> there.
/// </summary>
public static class ScopeProblems
{
    public const string RefusedByRegion = "region";

    public static ProblemHttpResult OutOfReach(string field) => OutOfReach([field]);

    /// <summary>One 403 naming every field out of reach, e.g. each <c>rows[n].communityCode</c> of an import.</summary>
    public static ProblemHttpResult OutOfReach(IEnumerable<string> fields) =>
        Problem(StatusCodes.Status403Forbidden, "Outside your region", fields, "This region is outside your region's subtree.");

    public static ProblemHttpResult UnknownRegion(string field) =>
        Problem(StatusCodes.Status404NotFound, "Unknown region", [field], "This service knows no region with this code.");

    private static ProblemHttpResult Problem(int status, string title, IEnumerable<string> fields, string message)
    {
        var problem = new HttpValidationProblemDetails(fields.Distinct().ToDictionary(f => f, _ => new[] { message }))
        {
            Status = status,
            Title = title,
        };
        if (status == StatusCodes.Status403Forbidden)
        {
            problem.Extensions["refusedBy"] = RefusedByRegion;
        }

        return TypedResults.Problem(problem);
    }
}
