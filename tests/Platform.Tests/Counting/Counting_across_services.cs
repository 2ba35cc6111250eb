using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using Platform.Tests.Fixture;

namespace Platform.Tests.Counting;

/// <summary>
/// Reporting's figures moved by the real services, all of them running, through the gateway: a community registered in
/// PartyBuilding, a fund established in Charity, an organisation filed in Incubation and a volunteer registered in
/// Volunteers each move the community, street, county and city overview by exactly one, and nothing else.
/// </summary>
[Collection(nameof(PlatformCollection))]
public sealed class Counting_across_services(PlatformFixture fixture)
{
    private const string Community = "511603001041";
    private static readonly string[] Levels = ["511600", "511603", "511603001", Community];
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_service_moves_every_level_of_the_overview_by_exactly_one()
    {
        using var admin = await fixture.AsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        (await admin.PostAsJsonAsync("/api/party/regions",
            new { code = Community, name = "跨服务统计社区 (synthetic)", level = "Community", parentCode = "511603001" }, Cancel)).EnsureSuccessStatusCode();
        foreach (var replica in new[] { "charity", "incubation", "volunteers", "reporting" })
        {
            await Eventually.UntilAsync(async () => (await admin.GetAsync($"/api/{replica}/replica/regions/{Community}", Cancel)).IsSuccessStatusCode,
                TimeSpan.FromSeconds(60), $"{Community} in the {replica} replica", Cancel);
        }

        // Writes go through the gateway; the polling reads go to Reporting directly, clear of the gateway's rate limit.
        using var reporting = new HttpClient { BaseAddress = fixture.Services["/api/reporting"].BaseAddress };
        reporting.DefaultRequestHeaders.Authorization = new("Bearer", await fixture.Identity.TokenAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion));
        var before = await OverviewsAsync(reporting);

        var federation = await CreatedAsync(admin, "/api/charity/federations", new { name = "前锋区慈善会 (test)", regionCode = "511603" });
        await CreatedAsync(admin, "/api/charity/funds", new { name = "跨服务统计社区慈善基金", federationId = federation, communityCode = Community });
        var organisation = await CreatedAsync(admin, "/api/incubation/organisations", new
        {
            name = $"跨服务邻里互助会 {Guid.NewGuid():N}", kind = "CommunitySocialOrganisation", communityCode = Community, contactName = "陈会长",
        });
        (await admin.PostAsJsonAsync($"/api/incubation/organisations/{organisation}/file", new { }, Cancel)).EnsureSuccessStatusCode();
        var first17 = "51160319850505" + Random.Shared.Next(100, 999);
        await CreatedAsync(admin, "/api/volunteers/volunteers", new
        {
            name = "跨服务志愿者", idNumber = first17 + PersonalData.ResidentIdNumber.CheckCharacter(first17), communityCode = Community,
        });

        string[] moved = ["communityCharityFunds", "filedCommunitySocialOrganisations", "registeredVolunteers"];
        var after = await Eventually.UntilAsync(() => OverviewsAsync(reporting),
            now => Levels.All(level => moved.All(figure => now[level][figure] == before[level][figure] + 1)),
            TimeSpan.FromSeconds(60), "every level to count the fund, the organisation and the volunteer", Cancel);
        foreach (var level in Levels)
        {
            foreach (var (figure, value) in after[level].Where(f => !moved.Contains(f.Key)))
            {
                Assert.True(value == before[level][figure], $"{level} {figure}: {before[level][figure]} → {value}");
            }
        }

        Assert.Equal(before["511602"], (await OverviewsAsync(reporting, "511602"))["511602"]);
    }

    private static async Task<Guid> CreatedAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>The numeric figures of each level's overview.</summary>
    private static async Task<Dictionary<string, Dictionary<string, long>>> OverviewsAsync(HttpClient client, params string[] codes)
    {
        var overviews = new Dictionary<string, Dictionary<string, long>>();
        foreach (var code in codes.Length > 0 ? codes : [.. Levels, "511602"])
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/reporting/overview/{code}", Cancel));
            overviews[code] = json.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number)
                .ToDictionary(p => p.Name, p => p.Value.GetInt64());
        }

        return overviews;
    }
}
