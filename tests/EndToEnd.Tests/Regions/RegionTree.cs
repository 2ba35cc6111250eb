using System.Net;
using System.Net.Http.Json;

namespace Platform.EndToEnd.Tests.Regions;

/// <summary>Builds regions through the gateway; each test gets its own street so tests never share records.</summary>
public static class RegionTree
{
    private static int _nextStreet = Random.Shared.Next(100, 700);

    public static async Task<string> NewStreetAsync(HttpClient gateway, CancellationToken cancellationToken)
    {
        await EnsureAsync(gateway, new { code = "511600", name = "广安市", level = "City" }, cancellationToken);
        await EnsureAsync(gateway, new { code = "511603", name = "前锋区", level = "County", parentCode = "511600" }, cancellationToken);
        var street = $"511603{Interlocked.Increment(ref _nextStreet):D3}";
        await EnsureAsync(gateway, new { code = street, name = $"测试街道{street[^3..]}（合成）", level = "Street", parentCode = "511603" }, cancellationToken);
        return street;
    }

    public static Task<HttpResponseMessage> RegisterCommunityAsync(HttpClient gateway, string code, CancellationToken cancellationToken) =>
        gateway.PostAsJsonAsync("/api/party/regions",
            new { code, name = $"测试社区{code[^3..]}（合成）", level = "Community", parentCode = code[..9] }, cancellationToken);

    private static async Task EnsureAsync(HttpClient gateway, object region, CancellationToken cancellationToken)
    {
        var response = await gateway.PostAsJsonAsync("/api/party/regions", region, cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict))
        {
            throw new InvalidOperationException($"Registering {region} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }
}
