
using System.Net.Http.Json;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using Platform.Tests.Fixture;

namespace Platform.Tests.Scope;

[CollectionDefinition(nameof(ScopeCollection), DisableParallelization = true)]
public sealed class ScopeCollection : ICollectionFixture<ScopeFixture>;

/// <summary>
/// The six services and the gateway on real PostgreSQL, RabbitMQ and Redis, with a small region tree registered as a
/// city administrator and replicated to every service: 广安市 → 前锋区 (and 广安区 beside it) → two streets → three
/// communities → grids. Street and community codes below county level are synthetic, except the names the article gives.
/// </summary>
public sealed class ScopeFixture : IAsyncLifetime
{
    public const string City = "511600";
    public const string County = "511603";
    public const string SiblingCounty = "511602";
    public const string Street = "511603001";
    public const string SiblingStreet = "511603002";

    /// <summary>前锋区永前社区: the target community, where every record of the matrix lives.</summary>
    public const string Community = "511603001002";

    /// <summary>大佛寺街道龙镇社区: a sibling of the target in the same street.</summary>
    public const string SiblingCommunity = "511603001001";

    /// <summary>A community of the other street.</summary>
    public const string CousinCommunity = "511603002001";

    public const string Grid = "511603001002001";
    public const string SecondGrid = "511603001002002";
    public const string SiblingGrid = "511603001001001";

    private static readonly string[] Replicas = ["incubation", "volunteers", "charity", "reporting"];

    public static readonly IReadOnlyList<(string Code, string Name, string Level, string? Parent)> Tree =
    [
        (City, "广安市", "City", null),
        (SiblingCounty, "广安区", "County", City),
        (County, "前锋区", "County", City),
        (Street, "大佛寺街道 (synthetic code)", "Street", County),
        (SiblingStreet, "前锋区第二街道 (synthetic)", "Street", County),
        (SiblingCommunity, "龙镇社区 (synthetic code)", "Community", Street),
        (Community, "永前社区 (synthetic code)", "Community", Street),
        (CousinCommunity, "第二街道第一社区 (synthetic)", "Community", SiblingStreet),
        (Grid, "永前社区第一网格 (synthetic)", "Grid", Community),
        (SecondGrid, "永前社区第二网格 (synthetic)", "Grid", Community),
        (SiblingGrid, "龙镇社区第一网格 (synthetic)", "Grid", SiblingCommunity),
    ];

    private RunningPlatform _platform = null!;
    private HttpClient _admin = null!;

    public RunningPlatform Platform => _platform;

    /// <summary>One record of every kind, in the target community (or its street or county).</summary>
    public ScopeRecords Records { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _platform = await TheWholePlatform.StartAsync(new Dictionary<string, string?> { ["RateLimits:PermitLimit"] = "100000" });

        _admin = await AdminAsync();
        var admin = _admin;
        foreach (var (code, name, level, parent) in Tree)
        {
            using var response = await admin.PostAsJsonAsync("/api/party/regions", new { code, name, level, parentCode = parent });
            await response.ReadAsync<System.Text.Json.JsonElement>(System.Net.HttpStatusCode.Created, default);
        }

        foreach (var replica in Replicas)
        {
            await Eventually.UntilAsync(async () =>
            {
                foreach (var (code, _, _, _) in Tree)
                {
                    using var response = await admin.GetAsync($"/api/{replica}/replica/regions/{code}");
                    if (!response.IsSuccessStatusCode)
                    {
                        return false;
                    }
                }

                return true;
            }, TimeSpan.FromSeconds(90), $"the region tree in the {replica} replica");
        }

        Records = await ScopeRecords.CreateAsync(_admin);
    }

    /// <summary>A city administrator through the gateway: the caller that creates the fixture's records.</summary>
    public Task<HttpClient> AdminAsync() => _platform.AsAsync(PlatformRoles.CityAdmin, City);

    public ValueTask DisposeAsync()
    {
        _admin?.Dispose();
        return _platform.DisposeAsync();
    }
}
