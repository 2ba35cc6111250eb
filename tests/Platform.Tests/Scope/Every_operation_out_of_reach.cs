using System.Net.Http.Headers;
using Platform.Testing;
using Platform.Testing.OpenApi;

namespace Platform.Tests.Scope;

/// <summary>
/// The region-scope matrix of docs/api.md section 1: every operation of the six OpenAPI documents, classified by how it
/// meets the region check, called with a valid request about a record or region of the target by a caller of a sibling
/// region and by a caller one level below, each with a role the operation admits, so that only the region check can
/// refuse. Each call must be refused (404 for what the path addresses, 403 for a region the query, body or rows name),
/// and no table of any service may change: not a row, not a version, not an outbox message, not an audit entry.
/// The table is written to artifacts/scope-matrix.md.
/// </summary>
[Collection(nameof(ScopeCollection))]
public sealed class Every_operation_out_of_reach(ScopeFixture fixture)
{
    private readonly HttpClient _gateway = new() { BaseAddress = fixture.Platform.Gateway };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Is_refused_404_for_what_the_path_addresses_403_for_a_region_named_and_changes_nothing()
    {
        var platform = fixture.Platform;
        var records = fixture.Records;
        await records.RefreshAsync();
        var matrix = new ScopeMatrix();

        var plan = new List<(ApiEndpoint Endpoint, ScopeClass Scope, ScopeRequest Request, ScopeCaller Caller)>();
        foreach (var (prefix, service) in platform.Services)
        {
            foreach (var endpoint in await ApiEndpoint.ReadAsync(prefix, service, Cancel))
            {
                var scope = ScopeClassification.Classify(endpoint);
                if (scope is null)
                {
                    matrix.Unclassified(endpoint);
                    continue;
                }

                matrix.Classified(endpoint, scope);
                if (scope.Category == ScopeCategory.Exempt)
                {
                    continue;
                }

                var (requests, missing) = ScopeRequests.For(endpoint, scope, records);
                if (missing is not null)
                {
                    matrix.NoRequest(endpoint, missing);
                }

                plan.AddRange(requests.SelectMany(r => ScopeCallers.Around(r.Target, endpoint).Select(c => (endpoint, scope, r, c))));
            }
        }

        // Tokens first: issuing one registers a client in Identity's database, which must not count as a change.
        var tokens = new Dictionary<(string, string), string>();
        foreach (var (role, region) in plan.SelectMany(p => new[] { p.Caller, ScopeCallers.InReach(p.Request.Target, p.Caller) }).Select(c => (c.Role, c.Region)).Distinct())
        {
            tokens[(role, region)] = await platform.Identity.TokenAsync(role, region);
        }

        // Reads change nothing even when they succeed: each is shown valid by a caller of the target's own region.
        foreach (var (endpoint, _, request, caller) in plan.Where(p => p.Endpoint.Method == "GET").DistinctBy(p => (p.Endpoint.Name, p.Request.Url)))
        {
            var inReach = ScopeCallers.InReach(request.Target, caller);
            matrix.InReach(endpoint, request, inReach, await SendAsync(endpoint, request, tokens[(inReach.Role, inReach.Region)]));
        }

        var services = platform.ServiceNames;
        var before = await DatabaseChecksums.SettledAsync(platform.Servers, services, Cancel);
        var previous = before;
        foreach (var operation in plan.GroupBy(p => p.Endpoint.Name))
        {
            foreach (var (endpoint, scope, request, caller) in operation)
            {
                matrix.Called(endpoint, scope, request, caller, await SendAsync(endpoint, request, tokens[(caller.Role, caller.Region)]));
            }

            var now = await DatabaseChecksums.TakeAsync(platform.Servers, services, Cancel);
            if (DatabaseChecksums.Changed(previous, now).Count > 0)
            {
                // Let the consumers of whatever was published finish, so their writes are put down to this operation too.
                now = await DatabaseChecksums.SettledAsync(platform.Servers, services, Cancel);
                matrix.Wrote(operation.Key, DatabaseChecksums.Changed(previous, now));
            }

            previous = now;
        }

        var after = await DatabaseChecksums.SettledAsync(platform.Servers, services, Cancel);
        matrix.Wrote("(after every call, once the consumers settled)", DatabaseChecksums.Changed(previous, after));

        // Last, each write once by a caller of the target's own region: shows the body valid where the states still allow
        // it (a write that wrongly succeeded out of reach may have used a state up). Reported, not asserted: writes depend on each other.
        foreach (var (endpoint, _, request, caller) in plan.Where(p => p.Endpoint.Method != "GET").DistinctBy(p => (p.Endpoint.Name, p.Request.Url))
            .OrderBy(p => UsesUp(p.Endpoint)))
        {
            var inReach = ScopeCallers.InReach(request.Target, caller);
            matrix.WriteInReach(endpoint, request, inReach, await SendAsync(endpoint, request, tokens[(inReach.Role, inReach.Region)]));
        }

        await matrix.WriteAsync(Path.Combine(RepositoryRoot.Path, "artifacts", "scope-matrix.md"), Cancel);
        Assert.True(plan.Count > 200, $"{plan.Count} calls planned");
        Assert.True(matrix.Failures.Count == 0, matrix.FailureMessage());
    }

    /// <summary>Writes that end a record's life or change its state for good go last, so the others still find their states.</summary>
    private static bool UsesUp(ApiEndpoint endpoint) =>
        endpoint.Method == "DELETE" || endpoint.Path.EndsWith("/status", StringComparison.Ordinal)
        || FinalActions.Any(a => endpoint.Path.EndsWith("/" + a, StringComparison.Ordinal));

    private static readonly string[] FinalActions = ["revoke", "dissolution", "retirement", "disable", "withdrawal", "complete", "close", "graduate"];

    /// <summary>Through the gateway, as a department or a client calls; its rate limit is raised for this run.</summary>
    private async Task<ScopeAnswer> SendAsync(ApiEndpoint endpoint, ScopeRequest request, string token)
    {
        using var message = new HttpRequestMessage(new HttpMethod(endpoint.Method), request.Url) { Content = request.Body() };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _gateway.SendAsync(message, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        return ScopeAnswer.Of((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }
}
