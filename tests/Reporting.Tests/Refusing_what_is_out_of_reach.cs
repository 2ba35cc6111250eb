using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.Reporting.Records;
using Platform.Reporting.Requests;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using static Platform.Reporting.Tests.ReportingFixture;

namespace Platform.Reporting.Tests;

/// <summary>
/// Every operation called about 龙镇社区 by a caller who cannot reach it: the worker of the sibling community of the same
/// street, and a grid worker one level below it. Regions the request names are a 403 naming the field; records addressed
/// by id read as unknown (404); and nothing is written: no record, no request, no version, no figure, no message.
/// </summary>
public sealed class Refusing_what_is_out_of_reach(ReportingFixture fixture)
{
    public const string Grid = Community + "001";

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string> Callers => [OtherCommunity, Grid];

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Writes_naming_the_community_are_403_and_write_nothing(string callerRegion)
    {
        var caller = await fixture.ClientAsAsync(PlatformRoles.CommunityWorker, callerRegion);
        var writes = await fixture.CountWritesAsync();
        var cacheVersion = await fixture.CacheVersionAsync(Community);

        await (await caller.PostJsonAsync("/api/reporting/records", new
        {
            serviceKind = "NeedsAssessment", providerKind = "Team", providerName = "先锋红服务队", communityCode = Community, date = Today, beneficiaries = 3,
        })).ForbiddenAsync("communityCode");
        var csv = "serviceKind,providerKind,providerName,communityCode,date,beneficiaries\n"
            + $"NeedsAssessment,Team,先锋红服务队,{OtherCommunity},{Today},1\n"
            + $"NeedsAssessment,Team,先锋红服务队,{Community},{Today},1";
        var import = await (await caller.PostAsync("/api/reporting/records/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Api.Cancel))
            .ForbiddenAsync("rows[2].communityCode");
        await (await caller.PostJsonAsync("/api/reporting/requests", new { kind = "Need", communityCode = Community, description = "越界上报" }))
            .ForbiddenAsync("communityCode");
        using var open311 = await caller.PostAsync("/api/reporting/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = "need", ["address_string"] = "龙镇社区", ["attribute[community_code]"] = Community,
        }), Api.Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, open311.StatusCode);
        // The sibling reaches its own row; the grid worker reaches neither.
        Assert.Equal(callerRegion == Grid, import.Errors.ContainsKey("rows[1].communityCode"));
        Assert.Equal(writes, await fixture.CountWritesAsync());
        Assert.Equal(cacheVersion, await fixture.CacheVersionAsync(Community));
    }

    [Fact]
    public async Task An_import_whose_last_row_is_out_of_reach_writes_none_of_the_rows_before_it()
    {
        var caller = await fixture.ClientAsAsync(PlatformRoles.CommunityWorker, OtherCommunity);
        var writes = await fixture.CountWritesAsync();
        // More rows in reach than the import writes in one batch, so that the refusal comes after a batch was due.
        var csv = "serviceKind,providerKind,providerName,communityCode,date,beneficiaries\n"
            + string.Concat(Enumerable.Repeat($"NeedsAssessment,Team,先锋红服务队,{OtherCommunity},{Today},1\n", 2_001))
            + $"NeedsAssessment,Team,先锋红服务队,{Community},{Today},1";

        var import = await (await caller.PostAsync("/api/reporting/records/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Api.Cancel))
            .ForbiddenAsync("rows[2002].communityCode");

        Assert.Single(import.Errors);
        Assert.Equal(writes, await fixture.CountWritesAsync());
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Records_and_requests_of_the_community_read_and_move_as_unknown(string callerRegion)
    {
        var record = await (await fixture.Client.PostJsonAsync("/api/reporting/records", new
        {
            serviceKind = "SocialAssistance", providerKind = "Team", providerName = "卫士白服务队", communityCode = Community, date = Today, beneficiaries = 2,
        })).ExpectAsync<ServiceRecordResponse>(HttpStatusCode.Created);
        var request = await (await fixture.Client.PostJsonAsync("/api/reporting/requests", new { kind = "Hazard", communityCode = Community, description = "井盖缺失" }))
            .ExpectAsync<ServiceRequestResponse>(HttpStatusCode.Created);
        var caller = await fixture.ClientAsAsync(PlatformRoles.CommunityWorker, callerRegion);
        var writes = await fixture.CountWritesAsync();

        foreach (var path in new[]
        {
            $"/api/reporting/records/{record.Id}", $"/api/reporting/requests/{request.Id}",
            $"/api/reporting/open311/v2/requests/{request.Id}.json", $"/api/reporting/open311/v2/tokens/{request.Id}.json",
            $"/api/reporting/overview/{Community}", $"/api/reporting/trends/{Community}", $"/api/reporting/compliance/{Community}",
            $"/api/reporting/ranking/{Community}",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync(path, Api.Cancel)).StatusCode);
        }

        foreach (var action in new[] { "accept", "assign", "resolve", "close" })
        {
            var moved = await caller.PostJsonAsync($"/api/reporting/requests/{request.Id}/{action}", new { assignee = "网格员", version = request.Version });
            Assert.Equal(HttpStatusCode.NotFound, moved.StatusCode);
        }

        Assert.Equal(writes, await fixture.CountWritesAsync());
        Assert.Equal(RequestState.Reported, (await fixture.InDbAsync(db => db.ServiceRequests.FindAsync(request.Id).AsTask()))!.State);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Lists_feeds_and_exports_of_the_community_are_403_naming_the_region(string callerRegion)
    {
        var caller = await fixture.ClientAsAsync(PlatformRoles.CommunityWorker, callerRegion);

        foreach (var path in new[]
        {
            "/api/reporting/records", "/api/reporting/requests", "/api/reporting/records/changes", "/api/reporting/requests/changes",
            "/api/reporting/exports/records.csv", "/api/reporting/exports/requests.csv", "/api/reporting/exports/statistics.csv",
            "/api/reporting/exports/compliance.csv",
        })
        {
            await (await caller.GetAsync($"{path}?region={Community}", Api.Cancel)).ForbiddenAsync("region");
        }
    }

    [Fact]
    public async Task A_department_client_is_refused_every_write_but_filing_and_reporting()
    {
        var request = await (await fixture.Client.PostJsonAsync("/api/reporting/requests", new { kind = "Need", communityCode = Community, description = "转办" }))
            .ExpectAsync<ServiceRequestResponse>(HttpStatusCode.Created);
        var department = await fixture.ClientAsAsync(PlatformRoles.DepartmentClient, County);

        var reported = await department.PostJsonAsync("/api/reporting/requests", new { kind = "Need", communityCode = Community, description = "民政局转办" });
        var elsewhere = await department.PostJsonAsync("/api/reporting/requests", new { kind = "Need", communityCode = OtherCountyCommunity, description = "越界" });
        var accepted = await department.PostJsonAsync($"/api/reporting/requests/{request.Id}/accept", new { });
        var rebuilt = await department.PostAsync("/api/reporting/statistics/rebuild", null, Api.Cancel);

        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        await elsewhere.ForbiddenAsync("communityCode");
        Assert.Equal(HttpStatusCode.Forbidden, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rebuilt.StatusCode);
        Assert.Equal(1, (await fixture.InDbAsync(db => db.ServiceRequests.FindAsync(request.Id).AsTask()))!.Version);
    }

    [Fact]
    public async Task A_volunteer_sees_the_requests_they_reported_and_no_one_elses()
    {
        var volunteer = await fixture.ClientAsAsync(PlatformRoles.Volunteer, Community, volunteerId: Guid.NewGuid());
        var others = await (await fixture.Client.PostJsonAsync("/api/reporting/requests", new { kind = "Need", communityCode = Community, description = "他人诉求" }))
            .ExpectAsync<ServiceRequestResponse>(HttpStatusCode.Created);
        var own = await (await volunteer.PostJsonAsync("/api/reporting/requests", new { kind = "Need", communityCode = Community, description = "我的诉求" }))
            .ExpectAsync<ServiceRequestResponse>(HttpStatusCode.Created);

        var list = await (await volunteer.GetAsync("/api/reporting/requests?pageSize=500", Api.Cancel))
            .ExpectAsync<Platform.Data.Page<ServiceRequestResponse>>(HttpStatusCode.OK);

        Assert.Contains(list.Items, r => r.Id == own.Id);
        Assert.DoesNotContain(list.Items, r => r.Id == others.Id);
        Assert.Equal(HttpStatusCode.OK, (await volunteer.GetAsync($"/api/reporting/requests/{own.Id}", Api.Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.GetAsync($"/api/reporting/requests/{others.Id}", Api.Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync("/api/reporting/exports/requests.csv", Api.Cancel)).StatusCode);
    }
}
