using Platform.Testing.OpenApi;

namespace Platform.Tests.Scope;

/// <summary>The classification alone, on operations made up for the purpose: no platform needed.</summary>
public sealed class Classifying_operations
{
    private static readonly string[] Read = ["platform.read"];
    private static readonly Dictionary<string, string> NoBody = [];

    private static ApiEndpoint Operation(string method, string path, string[]? query = null, Dictionary<string, string>? body = null,
        string? bodyType = null, params PathParameter[] parameters) =>
        new("/api/test", method, path, Read, parameters, bodyType ?? (body is null ? null : "application/json"), body ?? NoBody, query ?? []);

    [Fact]
    public void A_new_list_that_names_no_region_is_unclassified_so_the_matrix_fails_until_it_is_given_one()
    {
        Assert.Null(ScopeClassification.Classify(Operation("GET", "/api/test/things", ["page", "pageSize"])));
    }

    [Fact]
    public void A_region_in_the_query_under_its_contract_name_or_a_legacy_one_is_named_and_refused_403()
    {
        foreach (var name in new[] { "region", "Under", "RegionCode" })
        {
            var scope = ScopeClassification.Classify(Operation("GET", "/api/test/things", [name, "page"]));
            Assert.Equal(ScopeCategory.RegionNamed, scope?.Category);
            Assert.Equal(403, ScopeClassification.Expected(scope!.Category));
        }
    }

    [Fact]
    public void A_record_in_the_path_is_addressed_by_id_and_refused_404_even_when_the_body_names_a_community()
    {
        var scope = ScopeClassification.Classify(Operation("PUT", "/api/test/things/{id}", body: new() { ["communityCode"] = "string" },
            parameters: new PathParameter("id", "string", "uuid")));

        Assert.Equal(ScopeCategory.RecordById, scope?.Category);
        Assert.Equal(404, ScopeClassification.Expected(scope!.Category));
    }

    [Fact]
    public void A_record_named_only_in_the_body_is_answered_as_unknown_with_a_400_naming_it()
    {
        var scope = ScopeClassification.Classify(Operation("POST", "/api/test/things", body: new() { ["fundId"] = "string", ["amountFen"] = "integer" }));

        Assert.Equal((ScopeCategory.RecordInBody, "fundId"), (scope?.Category, scope?.How));
        Assert.Equal(400, ScopeClassification.Expected(scope!.Category));
    }

    [Fact]
    public void A_region_code_in_the_path_is_a_region_addressed_by_path()
    {
        var scope = ScopeClassification.Classify(Operation("GET", "/api/test/regions/{code}", parameters: new PathParameter("code", "string", null)));

        Assert.Equal(ScopeCategory.RegionByPath, scope?.Category);
    }

    [Fact]
    public void A_CSV_body_is_an_import_and_an_unknown_path_parameter_is_unclassified()
    {
        Assert.Equal(ScopeCategory.Import, ScopeClassification.Classify(Operation("POST", "/api/test/things/import", body: NoBody, bodyType: "text/csv"))?.Category);
        Assert.Null(ScopeClassification.Classify(Operation("GET", "/api/test/things/{slug}", parameters: new PathParameter("slug", "string", null))));
    }

    [Fact]
    public void Only_the_allow_list_exempts_the_callers_own_information_is_on_it()
    {
        Assert.Equal(ScopeCategory.Exempt, ScopeClassification.Classify(Operation("GET", "/api/party/caller"))?.Category);
        Assert.Null(ScopeClassification.Classify(Operation("GET", "/api/party/whoami")));
    }
}
