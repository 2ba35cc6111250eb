using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.Tests.Contract;

/// <summary>
/// docs/api.md as rules over the six services' OpenAPI documents. Each rule is one test whose failure lists every
/// offending operation or schema by service, method and path, so what remains to be converted reads in one message.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed partial class Linting_the_openapi_documents(ContractFixture fixture)
{
    private static readonly string[] PagingNames = ["page", "pagesize", "pagenumber", "size", "limit", "offset", "skip", "take", "top"];
    private static readonly string[] SchemaKeywords = ["type", "$ref", "allOf", "anyOf", "oneOf", "enum", "const", "not"];
    private static readonly string[] PageMembers = ["total", "pageNumber", "pageSize"];
    private static readonly string[] DateRangeNames = ["start", "end", "since", "until", "begin", "fromdate", "todate", "datefrom", "dateto", "startdate", "enddate", "starton", "endon", "fromon", "toon"];

    private IEnumerable<ApiOperation> Operations => fixture.Documents.SelectMany(d => ApiDocuments.Operations(d.Key, d.Value));

    [Fact]
    public void Every_path_is_under_its_services_gateway_route() => Check("paths start with /api/{service}/, the gateway's route", fixture.Documents.SelectMany(d =>
        from path in (d.Value["paths"] as JsonObject ?? []).Select(p => p.Key)
        where !path.StartsWith($"/api/{d.Key}/", StringComparison.Ordinal)
        select new Finding(d.Key, path, "not reachable through the gateway's route for this service")));

    [Fact]
    public void No_schema_is_empty() => Check("every schema has a type, a $ref or a composition", fixture.Documents.SelectMany(d =>
        from s in ApiDocuments.Schemas(d.Value)
        where s.Schema.Count == 0 || !SchemaKeywords.Any(s.Schema.ContainsKey)
        select new Finding(d.Key, s.Where, $"empty schema {s.Schema.ToJsonString()}")));

    [Fact]
    public void Numbers_are_never_typed_as_strings_too() => Check("integers and numbers are not also strings", fixture.Documents.SelectMany(d =>
        from s in ApiDocuments.Schemas(d.Value)
        let types = ApiDocuments.Types(s.Schema)
        where types.Contains("string") && (types.Contains("integer") || types.Contains("number"))
        select new Finding(d.Key, s.Where, $"type [{string.Join(", ", types)}]")));

    [Fact]
    public void Arrays_say_what_they_hold() => Check("arrays have items", fixture.Documents.SelectMany(d =>
        from s in ApiDocuments.Schemas(d.Value)
        where ApiDocuments.Types(s.Schema).Contains("array") && s.Schema["items"] is not JsonObject
        select new Finding(d.Key, s.Where, "array without items")));

    [Fact]
    public void Enums_are_strings_with_their_values() => Check("enums are strings with their values", fixture.Documents.SelectMany(d =>
        from s in ApiDocuments.Schemas(d.Value)
        where s.Schema["enum"] is JsonArray
        let values = s.Schema["enum"]!.AsArray()
        where !ApiDocuments.Types(s.Schema).Contains("string") || values.Count == 0 || values.Any(v => v is not null && v.GetValueKind() != System.Text.Json.JsonValueKind.String)
        select new Finding(d.Key, s.Where, $"enum {s.Schema.ToJsonString()}")));

    [Fact]
    public void The_only_server_is_the_gateway() => Check("servers is the gateway's public origin", fixture.Documents.SelectMany(d =>
        d.Value["servers"] is JsonArray { Count: 1 } servers && (string?)servers[0]!["url"] == fixture.PublicOrigin
            ? []
            : new[] { new Finding(d.Key, "servers", $"{d.Value["servers"]?.ToJsonString()} instead of [{{\"url\":\"{fixture.PublicOrigin}\"}}]") }));

    [Fact]
    public void Every_operation_has_an_id_and_a_summary() => Check("every operation has an operationId and a summary", Operations.SelectMany(o =>
        new[]
        {
            string.IsNullOrWhiteSpace((string?)o.Node["operationId"]) ? new Finding(o.Service, o.Name, "no operationId") : null,
            string.IsNullOrWhiteSpace((string?)o.Node["summary"]) ? new Finding(o.Service, o.Name, "no summary") : null,
        }.OfType<Finding>()));

    [Fact]
    public void Operation_ids_are_unique_in_each_document() => Check("operationIds are unique", Operations
        .Where(o => o.Node["operationId"] is not null)
        .GroupBy(o => (o.Service, Id: (string)o.Node["operationId"]!))
        .Where(g => g.Count() > 1)
        .SelectMany(g => g.Select(o => new Finding(o.Service, o.Name, $"operationId {g.Key.Id} is used {g.Count()} times"))));

    [Fact]
    public void Every_operation_documents_its_errors_as_problem_documents() => Check("every operation has a 4xx application/problem+json response", Operations
        .Where(o => !(o.Node["responses"] as JsonObject ?? []).Any(r => r.Key.StartsWith('4') && r.Value?["content"]?["application/problem+json"]?["schema"] is JsonObject))
        .Select(o => new Finding(o.Service, o.Name, "no 4xx problem response")));

    [Fact]
    public void Every_operation_documents_its_success_response() => Check("every operation has a 2xx response", Operations
        .Where(o => !(o.Node["responses"] as JsonObject ?? []).Any(r => r.Key.StartsWith('2')))
        .Select(o => new Finding(o.Service, o.Name, "no 2xx response (a body written by hand needs .Produces)")));

    [Fact]
    public void Error_responses_refer_to_the_shared_problem_schemas() => Check("error bodies are ProblemDetails or HttpValidationProblemDetails", Operations.SelectMany(o =>
        from r in o.Node["responses"] as JsonObject ?? []
        where r.Key.Length == 3 && r.Key[0] is '4' or '5'
        let content = r.Value?["content"] as JsonObject ?? []
        where content.Count == 0 || content.Any(c => c.Key != "application/problem+json"
            || ApiDocuments.SchemaName(c.Value?["schema"] as JsonObject) is not ("ProblemDetails" or "HttpValidationProblemDetails"))
        select new Finding(o.Service, $"{o.Name} {r.Key}", $"content {content.ToJsonString()}")));

    [Fact]
    public void Query_parameter_names_are_camel_case() => Check("query parameter names are camelCase", Operations
        .Where(o => !IsOpen311(o))
        .SelectMany(o =>
        from p in o.QueryParameters
        let name = (string?)p["name"] ?? ""
        where !CamelCase().IsMatch(name)
        select new Finding(o.Service, o.Name, $"query parameter '{name}'")));

    [Fact]
    public void Lists_page_with_page_and_page_size_of_one_schema() => Check("paging is page/pageSize (pageSize 1..500), the same schema everywhere", PagingFindings());

    [Fact]
    public void List_responses_are_pages() => Check("lists answer {items, total, pageNumber, pageSize}", Operations
        .Where(o => o.Method == "get" && !IsChangeFeed(o) && (IsPaged(o) || ApiDocuments.Types(o.SuccessSchema).Contains("array")))
        .Select(o => (Operation: o, Missing: MissingPageMembers(o.SuccessSchema)))
        .Where(x => x.Missing.Count > 0)
        .Select(x => new Finding(x.Operation.Service, x.Operation.Name, $"the response lacks {string.Join(", ", x.Missing)}")));

    [Fact]
    public void A_region_filter_is_called_region() => Check("a region query parameter is named exactly 'region'", Operations.SelectMany(o =>
        from p in o.QueryParameters
        let name = (string?)p["name"] ?? ""
        where name.Contains("region", StringComparison.OrdinalIgnoreCase) && name != "region"
        select new Finding(o.Service, o.Name, $"query parameter '{name}'")));

    [Fact]
    public void Date_ranges_are_from_and_to_calendar_dates() => Check("date ranges are 'from'/'to' with format date", Operations.SelectMany(o =>
        from p in o.QueryParameters
        let name = (string?)p["name"] ?? ""
        let format = (string?)p["schema"]?["format"]
        where name is "from" or "to" ? format != "date" || !ApiDocuments.Types(p["schema"] as JsonObject).Contains("string")
            : DateRangeNames.Contains(name.ToLowerInvariant()) || format == "date-time"
        select new Finding(o.Service, o.Name, $"query parameter '{name}' {p["schema"]?.ToJsonString()}")));

    private IEnumerable<Finding> PagingFindings()
    {
        var paged = Operations.Where(IsPaged).ToList();
        foreach (var o in paged)
        {
            var names = o.QueryParameters.Select(p => (string?)p["name"] ?? "").Where(n => PagingNames.Contains(n.ToLowerInvariant())).ToList();
            var expected = IsChangeFeed(o) ? new[] { "pageSize" } : ["page", "pageSize"];
            if (!names.Order().SequenceEqual(expected.Order()))
            {
                yield return new Finding(o.Service, o.Name, $"paging parameters [{string.Join(", ", names)}] instead of [{string.Join(", ", expected)}]");
            }

            if (o.Parameter("pageSize")?["schema"] is JsonObject size
                && (!ApiDocuments.Types(size).Contains("integer") || size["maximum"]?.ToString() != "500" || size["minimum"]?.ToString() != "1"))
            {
                yield return new Finding(o.Service, o.Name, $"pageSize schema {size.ToJsonString()} is not an integer from 1 to 500");
            }
        }

        foreach (var name in new[] { "page", "pageSize" })
        {
            var variants = paged.Where(o => o.Parameter(name) is not null)
                .GroupBy(o => o.Parameter(name)!["schema"]?.ToJsonString() ?? "none")
                .OrderByDescending(g => g.Count())
                .ToList();
            foreach (var variant in variants.Skip(1))
            {
                foreach (var o in variant)
                {
                    yield return new Finding(o.Service, o.Name, $"{name} schema {variant.Key} differs from the usual {variants[0].Key}");
                }
            }
        }
    }

    private static bool IsPaged(ApiOperation o) => o.QueryParameters.Any(p => PagingNames.Contains(((string?)p["name"] ?? "").ToLowerInvariant()));

    /// <summary>Open311 GeoReport v2 is a published standard whose parameters are snake_case (service_code, start_date).</summary>
    private static bool IsOpen311(ApiOperation o) => o.Path.Contains("/open311/", StringComparison.Ordinal);

    private static bool IsChangeFeed(ApiOperation o) => o.Path.EndsWith("/changes", StringComparison.Ordinal);

    private static List<string> MissingPageMembers(JsonObject? schema)
    {
        var properties = schema?["properties"] as JsonObject ?? [];
        var missing = new List<string>();
        if (!ApiDocuments.Types(properties["items"] as JsonObject).Contains("array"))
        {
            missing.Add("items (array)");
        }

        missing.AddRange(PageMembers.Where(n => !ApiDocuments.Types(properties[n] as JsonObject).Contains("integer")).Select(n => n + " (integer)"));
        return missing;
    }

    private static void Check(string rule, IEnumerable<Finding> findings)
    {
        var all = findings.ToList();
        Assert.True(all.Count == 0, ApiDocuments.Report(rule, all));
    }

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex CamelCase();
}
