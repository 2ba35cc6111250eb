using System.Net;
using System.Net.Http.Json;
using Platform.Testing;

namespace Platform.EndToEnd.Tests.Regions;

public sealed class Registering_regions_through_the_gateway(PlatformFixture platform)
{
    private static readonly TimeSpan EventualTimeout = TimeSpan.FromSeconds(60);
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_community_registered_in_PartyBuilding_becomes_valid_in_every_other_services_replica()
    {
        var community = await RegionTree.NewStreetAsync(platform.Gateway, Cancel) + "001";

        var response = await RegionTree.RegisterCommunityAsync(platform.Gateway, community, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        foreach (var service in PlatformFixture.Services.Where(s => s != "party"))
        {
            var replica = await Eventually.UntilAsync(
                () => platform.Gateway.GetAsync($"/api/{service}/replica/regions/{community}", Cancel),
                r => r.StatusCode == HttpStatusCode.OK, EventualTimeout, $"{service}'s replica to know {community}", Cancel);
            var region = await replica.Content.ReadFromJsonAsync<ReplicaRegion>(Json.Options, Cancel);
            Assert.Equal(new ReplicaRegion(community, "Community", community[..9], false, 1), region);
        }
    }

    [Fact]
    public async Task One_trace_spans_the_gateway_the_service_the_broker_and_the_consumer()
    {
        var community = await RegionTree.NewStreetAsync(platform.Gateway, Cancel) + "002";

        var response = await RegionTree.RegisterCommunityAsync(platform.Gateway, community, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var traceId = Assert.Single(response.Headers.GetValues("X-Request-Id"));

        // Spans are exported as they end, so wait until the path gateway → party → volunteers is complete.
        string[] path = ["gateway", "party", "volunteers"];
        var spans = await Eventually.UntilAsync(
            () => Task.FromResult(Spans.OfTrace(platform.SpanDirectory, traceId).Where(s => path.Contains(s.Service)).ToList()),
            found => found.Any(s => s is { Service: "volunteers", Source: "MassTransit", Kind: "Consumer" }) && Roots(found).Count == 1,
            EventualTimeout, "the consumer's span in the request's trace", Cancel);

        Assert.Contains(spans, s => s is { Service: "gateway", Kind: "Server" });
        Assert.Contains(spans, s => s is { Service: "party", Kind: "Server" });
        Assert.Contains(spans, s => s is { Service: "party", Source: "MassTransit", Kind: "Producer" });
        Assert.Contains(spans, s => s is { Service: "volunteers", Source: "MassTransit", Kind: "Consumer" });
        // One tree: every span but the gateway's root has its parent in the same trace.
        Assert.Equal("gateway", Assert.Single(Roots(spans)).Service);
    }

    private static List<Span> Roots(IReadOnlyCollection<Span> spans)
    {
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        return spans.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).ToList();
    }

    [Fact]
    public async Task Bad_input_through_the_gateway_is_a_problem_naming_the_field_with_a_request_id()
    {
        var street = await RegionTree.NewStreetAsync(platform.Gateway, Cancel);

        var response = await platform.Gateway.PostAsJsonAsync("/api/party/regions",
            new { code = street + "01", name = "短码社区", level = "Community", parentCode = street }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"code\"", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Single(response.Headers.GetValues("X-Request-Id"));
        var missing = await platform.Gateway.GetAsync($"/api/party/regions/{street}01", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private sealed record ReplicaRegion(string Code, string Level, string? ParentCode, bool Retired, int Version);
}
