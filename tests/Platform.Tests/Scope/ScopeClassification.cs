using System.Text.RegularExpressions;
using Platform.Testing.OpenApi;

namespace Platform.Tests.Scope;

/// <summary>How an operation meets the region check of docs/api.md section 1, and so what a caller out of reach must get.</summary>
public enum ScopeCategory
{
    /// <summary>(a) A region addressed by its code in the path (<c>/regions/{code}</c>, <c>/overview/{regionCode}</c>): 404.</summary>
    RegionByPath,

    /// <summary>(b) A record addressed by id in the path (<c>/funds/{id}</c>): 404.</summary>
    RecordById,

    /// <summary>(b′) A record named by id in the body (<c>fundId</c>, <c>organisationId</c>): 400 naming the field, as for an unknown id.</summary>
    RecordInBody,

    /// <summary>(c) A region named in the query (<c>region</c>) or in the body (<c>communityCode</c>, <c>regionCode</c>, …): 403.</summary>
    RegionNamed,

    /// <summary>(d) An import: rows that each name a region or a record; one row out of reach refuses the whole import with 403.</summary>
    Import,

    /// <summary>(e) Neither: on the allow-list below, each with its reason.</summary>
    Exempt,
}

public sealed record ScopeClass(ScopeCategory Category, string How);

/// <summary>
/// Classifies every operation of the OpenAPI documents from what the document says (path parameters, query parameters,
/// body properties and media types); an operation it cannot classify is a failure, so a new endpoint is in the matrix
/// the day it is added.
/// </summary>
public static class ScopeClassification
{
    /// <summary>Parameter and property names that name a region (compared without case): the contract's and the legacy ones.</summary>
    public static readonly string[] RegionNames = ["region", "regionCode", "under", "communityCode", "parentCode", "reportedTo", "roomCommunities"];

    /// <summary>Path parameters that address a region by its code.</summary>
    private static readonly string[] RegionPathParameters = ["code", "regionCode"];

    /// <summary>Path parameters that address a record without being a uuid.</summary>
    private static readonly string[] RecordPathParameters = ["clientId", "serviceRequestId", "token"];

    /// <summary>Path parameters that address neither (a media format).</summary>
    private static readonly string[] NeutralPathParameters = ["format"];

    /// <summary>
    /// Category (e): operations that name no region and address no record of a region. Short on purpose: every entry says
    /// why nothing of a region is at stake. Matched against "METHOD /api/{service}/…".
    /// </summary>
    public static readonly IReadOnlyList<(Regex Operation, string Why)> Exempt =
    [
        (new(@"^GET /api/\w+/caller$"), "the caller's own token, echoed back: nothing of any region is read or written"),
        (new(@"^(GET|POST) /api/\w+/operations/dead-letters/\{queue\}(/replay)?$"),
            "an operator's action on a broker queue of the whole platform (city administrators only): no region's record"),
        (new(@"^GET /api/reporting/(overview|compliance)$"), "the caller's own region, taken from the token: nothing is named"),
        (new(@"^GET /api/reporting/open311/v2/services(/\{serviceCode\})?\.\{format\}$"),
            "the Open311 service catalogue: the same fixed list for everyone, no region's data"),
        (new(@"^GET /api/reporting/open311/v2/requests\.\{format\}$"),
            "Open311 GeoReport v2's list has no region parameter (the standard fixes its query); it lists the caller's own region"),
        (new(@"^POST /api/reporting/statistics/rebuild$"),
            "recomputes the derived figures of the whole city from the recorded facts: names no region, and the outcome does not depend on the caller"),
    ];

    /// <summary>
    /// Operations whose region the document cannot show, classified by hand with the reason. Keep it empty where the
    /// document can say it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, ScopeClass> ByHand = new Dictionary<string, ScopeClass>
    {
        ["POST /api/reporting/open311/v2/requests.{format}"] = new(ScopeCategory.RegionNamed,
            "names its community in the form field attribute[community_code] (an Open311 form body the document does not describe)"),
    };

    public static ScopeClass? Classify(ApiEndpoint endpoint)
    {
        var name = endpoint.Name;
        if (ByHand.TryGetValue(name, out var byHand))
        {
            return byHand;
        }

        if (Exempt.FirstOrDefault(e => e.Operation.IsMatch(name)) is { Why: not null } exempt)
        {
            return new(ScopeCategory.Exempt, exempt.Why);
        }

        var unknown = endpoint.Parameters.Where(p => p.Format != "uuid" && !Is(p.Name, RegionPathParameters)
            && !Is(p.Name, RecordPathParameters) && !Is(p.Name, NeutralPathParameters)).Select(p => p.Name).ToList();
        if (unknown.Count > 0)
        {
            return null;
        }

        if (endpoint.Parameters.FirstOrDefault(p => p.Format == "uuid" || Is(p.Name, RecordPathParameters)) is { } record)
        {
            return new(ScopeCategory.RecordById, $"path {{{record.Name}}}");
        }

        if (endpoint.Parameters.FirstOrDefault(p => Is(p.Name, RegionPathParameters)) is { } region)
        {
            return new(ScopeCategory.RegionByPath, $"path {{{region.Name}}}");
        }

        if (IsImport(endpoint))
        {
            return new(ScopeCategory.Import, endpoint.BodyType ?? "rows");
        }

        if (endpoint.QueryParameters.FirstOrDefault(q => Is(q, RegionNames)) is { } query)
        {
            return new(ScopeCategory.RegionNamed, $"query {query}");
        }

        if (endpoint.BodyProperties.Keys.FirstOrDefault(p => Is(p, RegionNames)) is { } property)
        {
            return new(ScopeCategory.RegionNamed, $"body {property}");
        }

        if (endpoint.BodyProperties.Keys.FirstOrDefault(p => p.EndsWith("Id", StringComparison.Ordinal)) is { } reference)
        {
            return new(ScopeCategory.RecordInBody, reference);
        }

        return null;
    }

    /// <summary>CSV bodies, and JSON batches posted to <c>/import</c> or <c>/bulk</c>.</summary>
    public static bool IsImport(ApiEndpoint endpoint) =>
        endpoint.BodyType is not null && (endpoint.BodyType.Contains("csv", StringComparison.Ordinal)
            || endpoint.Path.EndsWith("/import", StringComparison.Ordinal) || endpoint.Path.EndsWith("/bulk", StringComparison.Ordinal));

    public static bool Is(string name, IEnumerable<string> names) => names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The refusal docs/api.md section 1 prescribes for the category.</summary>
    public static int Expected(ScopeCategory category) => category switch
    {
        ScopeCategory.RegionNamed or ScopeCategory.Import => 403,
        ScopeCategory.RecordInBody => 400,
        _ => 404,
    };
}
