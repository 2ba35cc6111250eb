using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using Platform.Testing.OpenApi;
using Platform.Tests.Fixture;

namespace Platform.Tests.Roles;

/// <summary>
/// Every endpoint of every landed service, read from the services' own OpenAPI documents,
/// called with a token of each role. An endpoint without a policy fails; so does a role admitted or refused
/// against what its policies say. The table is written to artifacts/endpoint-roles.md.
/// </summary>
[Collection(nameof(PlatformCollection))]
public sealed class Every_endpoint_by_role(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Has_a_policy_and_admits_exactly_the_roles_its_policies_name()
    {
        var endpoints = new List<ApiEndpoint>();
        foreach (var (prefix, service) in fixture.Services)
        {
            endpoints.AddRange(await ApiEndpoint.ReadAsync(prefix, service, Cancel));
        }

        Assert.True(endpoints.Count >= 50, $"{endpoints.Count} endpoints found");
        Assert.Empty(endpoints.Where(e => e.Policies.Count == 0).Select(e => e.Name));
        var unknown = endpoints.SelectMany(e => e.Policies).Where(p => !PlatformPolicies.RolesByPolicy.ContainsKey(p)).ToList();
        Assert.True(unknown.Count == 0, $"Unknown policies: {string.Join(", ", unknown)}");

        var table = new EndpointRoleTable(PlatformRoles.All);
        var mismatches = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var admitted = new Dictionary<string, bool>();
            foreach (var role in PlatformRoles.All)
            {
                var expected = endpoint.Policies.All(p => PlatformPolicies.RolesByPolicy[p].Contains(role));
                admitted[role] = await IsAdmittedAsync(endpoint, role);
                if (admitted[role] != expected)
                {
                    mismatches.Add($"{endpoint.Name} as {role}: expected {(expected ? "admitted" : "403")}");
                }
            }

            table.Add(endpoint, admitted);
        }

        var output = Path.Combine(RepositoryRoot.Path, "artifacts", "endpoint-roles.md");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, table.ToMarkdown(), Cancel);
        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task Admits_department_clients_to_no_write_but_filing_records_and_reporting_requests()
    {
        var endpoints = new List<ApiEndpoint>();
        foreach (var (prefix, service) in fixture.Services)
        {
            endpoints.AddRange(await ApiEndpoint.ReadAsync(prefix, service, Cancel));
        }

        // The other test proves each endpoint admits exactly the roles its policies name; this one says which writes those are.
        var writes = endpoints
            .Where(e => e.Method != "GET" && e.Policies.All(p => PlatformPolicies.RolesByPolicy[p].Contains(PlatformRoles.DepartmentClient)))
            .Select(e => e.Name).Order(StringComparer.Ordinal);

        Assert.Equal(
        [
            "POST /api/reporting/open311/v2/requests.{format}",
            "POST /api/reporting/records",
            "POST /api/reporting/records/import",
            "POST /api/reporting/requests",
        ], writes);
    }

    /// <summary>Straight to the service, so the gateway's rate limit does not get in the way; the service enforces the policies.</summary>
    private async Task<bool> IsAdmittedAsync(ApiEndpoint endpoint, string role)
    {
        var token = await fixture.Identity.TokenAsync(role, TestIdentity.CityRegion,
            role == PlatformRoles.OrganisationOperator ? Guid.NewGuid() : null, role == PlatformRoles.Volunteer ? Guid.NewGuid() : null);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.SampleUrl());
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (endpoint.BodyType is { } bodyType)
        {
            request.Content = new StringContent(bodyType.Contains("json", StringComparison.Ordinal) ? "{}" : "", Encoding.UTF8, bodyType);
        }

        using var response = await fixture.Services[endpoint.Service].SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancel);
        Assert.True(response.StatusCode != HttpStatusCode.Unauthorized, $"{endpoint.Name} as {role}: 401 with a valid token");
        return response.StatusCode != HttpStatusCode.Forbidden || !await IsRoleRefusalAsync(response);
    }

    private static async Task<bool> IsRoleRefusalAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return problem.RootElement.TryGetProperty("refusedBy", out var by) && by.GetString() == "role";
    }
}
