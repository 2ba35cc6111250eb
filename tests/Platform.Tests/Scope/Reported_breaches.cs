using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using static Platform.Tests.Scope.ScopeFixture;

namespace Platform.Tests.Scope;

/// <summary>
/// The three breaches of object-level authorisation that were found, each as its own fact: the matrix covers them
/// too, these name them. Out of reach is 404 for what the path addresses (docs/api.md section 1), and nothing changes.
/// </summary>
[Collection(nameof(ScopeCollection))]
public sealed class Reported_breaches(ScopeFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_community_worker_of_Longzhen_cannot_rename_the_sibling_community_Yongqian()
    {
        using var worker = await fixture.Platform.AsAsync(PlatformRoles.CommunityWorker, SiblingCommunity);
        var (region, before) = await RegionAndChecksumsAsync(Community);

        using var rename = await worker.PutAsJsonAsync($"/api/party/regions/{Community}/name",
            new { name = "永前社区（被邻社区改名）", version = region.GetProperty("version").GetInt32() }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        await AssertUnchangedAsync(Community, region, before);
    }

    [Fact]
    public async Task A_street_officer_of_Dafosi_cannot_rename_the_city_it_cannot_read()
    {
        using var officer = await fixture.Platform.AsAsync(PlatformRoles.StreetOfficer, Street);
        var (region, before) = await RegionAndChecksumsAsync(City);

        using var read = await officer.GetAsync($"/api/party/regions/{City}", Cancel);
        using var rename = await officer.PutAsJsonAsync($"/api/party/regions/{City}/name",
            new { name = "广安市（被街道改名）", version = region.GetProperty("version").GetInt32() }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        await AssertUnchangedAsync(City, region, before);
    }

    [Fact]
    public async Task A_community_worker_cannot_confirm_hours_on_an_activity_of_another_community_and_never_reaches_its_rules()
    {
        using var worker = await fixture.Platform.AsAsync(PlatformRoles.CommunityWorker, SiblingCommunity);
        var records = fixture.Records;
        var participants = $"/api/volunteers/activities/{records.Activity}/participants";
        using var admin = await fixture.AdminAsync();
        var listed = await admin.GetStringAsync(participants, Cancel);
        var before = await DatabaseChecksums.SettledAsync(fixture.Platform.Servers, fixture.Platform.ServiceNames, Cancel);

        using var hours = await worker.PostAsJsonAsync($"{participants}/{records.CheckedOutVolunteer}/hours", new { minutes = 55 }, Cancel);

        Assert.True(hours.StatusCode == HttpStatusCode.NotFound,
            $"Expected 404 for an activity of another community, got {(int)hours.StatusCode}: {await hours.Content.ReadAsStringAsync(Cancel)}");
        Assert.Equal(listed, await admin.GetStringAsync(participants, Cancel));
        await AssertNothingWrittenAsync(before);
    }

    private async Task<(JsonElement Region, SortedDictionary<string, string> Checksums)> RegionAndChecksumsAsync(string code)
    {
        using var admin = await fixture.AdminAsync();
        var region = JsonDocument.Parse(await admin.GetStringAsync($"/api/party/regions/{code}", Cancel)).RootElement.Clone();
        return (region, await DatabaseChecksums.SettledAsync(fixture.Platform.Servers, fixture.Platform.ServiceNames, Cancel));
    }

    private async Task AssertUnchangedAsync(string code, JsonElement region, SortedDictionary<string, string> before)
    {
        using var admin = await fixture.AdminAsync();
        var now = JsonDocument.Parse(await admin.GetStringAsync($"/api/party/regions/{code}", Cancel)).RootElement;
        Assert.Equal(region.GetProperty("name").GetString(), now.GetProperty("name").GetString());
        Assert.Equal(region.GetProperty("version").GetInt32(), now.GetProperty("version").GetInt32());
        await AssertNothingWrittenAsync(before);
    }

    private async Task AssertNothingWrittenAsync(SortedDictionary<string, string> before)
    {
        var after = await DatabaseChecksums.SettledAsync(fixture.Platform.Servers, fixture.Platform.ServiceNames, Cancel);
        var changed = DatabaseChecksums.Changed(before, after);
        Assert.True(changed.Count == 0, "Written by a caller out of reach:\n" + string.Join("\n", changed));
    }
}
