using System.Net;
using System.Text;
using Platform.Reporting.Records;
using static Platform.Reporting.Tests.ReportingFixture;

namespace Platform.Reporting.Tests;

public sealed class Filing_service_records(ReportingFixture fixture)
{
    private const string Header = "serviceKind,providerKind,providerId,providerName,communityCode,date,beneficiaries,description";

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_record_adds_its_beneficiaries_to_the_community_and_every_region_above()
    {
        var before = await fixture.Client.OverviewAsync(City);
        var version = await fixture.CacheVersionAsync(City);
        var response = await fixture.Gateway.PostJsonAsync("/api/reporting/records", new
        {
            serviceKind = "ElderlyAndChildCare", providerKind = "SocialWorker", providerName = "王社工", communityCode = Community,
            date = Today, beneficiaries = 35, description = "上门探访独居老人",
        });
        var record = await response.ExpectAsync<ServiceRecordResponse>(HttpStatusCode.Created);
        Assert.Equal(ServiceKind.ElderlyAndChildCare, record.ServiceKind);

        await fixture.CacheVersionReachesAsync(City, version + 1);
        Assert.Equal(before.SixServicesBeneficiaries + 35, (await fixture.Client.OverviewAsync(City)).SixServicesBeneficiaries);
        Assert.Equal(before.SixServicesBeneficiaries + 35, (await fixture.Gateway.OverviewAsync(City)).SixServicesBeneficiaries);
    }

    [Fact]
    public async Task An_unknown_kind_negative_beneficiaries_a_date_beyond_tomorrow_and_an_unknown_community_are_400_and_write_nothing()
    {
        var writes = await fixture.CountWritesAsync();
        var response = await fixture.Client.PostJsonAsync("/api/reporting/records", new
        {
            serviceKind = "Juggling", providerKind = "Team", providerName = "先锋红服务队", communityCode = "511603001099",
            date = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), beneficiaries = -1,
        });

        await response.BadRequestAsync("serviceKind", "beneficiaries", "date", "communityCode");
        Assert.Equal(writes, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_rejected_whole_naming_every_bad_row_and_field()
    {
        var writes = await fixture.CountWritesAsync();
        var csv = string.Join("\n",
            Header,
            $"NeedsAssessment,Organisation,,龙镇邻里互助会,{Community},{Today},10,需求评估",
            $"Gardening,Organisation,,龙镇邻里互助会,{Community},{Today},10,",
            $"ResourceLinking,Team,,先锋红服务队,{Community},{Today},-4,",
            $"SocialAssistance,Team,,先锋红服务队,{Community},2999-01-01,4,",
            $"SocialAssistance,Team,,先锋红服务队,511603001099,{Today},4,",
            $"SocialAssistance,Team,,\"unclosed,{Community},{Today},4,");

        var response = await fixture.Client.PostAsync("/api/reporting/records/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Api.Cancel);

        var problem = await response.BadRequestAsync("rows[2].serviceKind", "rows[3].beneficiaries", "rows[4].date", "rows[5].communityCode", "rows[6].$");
        Assert.DoesNotContain(problem.Errors.Keys, k => k.StartsWith("rows[1]", StringComparison.Ordinal));
        Assert.Equal(writes, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_good_file_is_written_whole_and_counted()
    {
        var before = await fixture.Client.OverviewAsync(Street);
        var version = await fixture.CacheVersionAsync(Street);
        var rows = Enumerable.Range(1, 250).Select(i =>
            $"CommunityGovernance,Organisation,{Guid.NewGuid()},龙镇议事会,{(i % 2 == 0 ? Community : OtherCommunity)},{Today},{i % 7},\"第{i}次议事, 含逗号\"");
        var csv = "\uFEFF" + Header + "\r\n" + string.Join("\r\n", rows);

        var response = await fixture.Client.PostAsync("/api/reporting/records/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Api.Cancel);

        Assert.Equal(250, (await response.ExpectAsync<ImportResult>(HttpStatusCode.OK)).Imported);
        await fixture.CacheVersionReachesAsync(Street, version + 1);
        Assert.Equal(before.SixServicesBeneficiaries + Enumerable.Range(1, 250).Sum(i => i % 7), (await fixture.Client.OverviewAsync(Street)).SixServicesBeneficiaries);
    }

    [Fact]
    public async Task A_department_client_files_records_one_by_one_and_in_bulk_in_its_region_and_reads_them()
    {
        var department = await fixture.ClientAsAsync(Platform.ServiceDefaults.Security.PlatformRoles.DepartmentClient, County);
        var filed = await (await department.PostJsonAsync("/api/reporting/records", new
        {
            serviceKind = "NeedsAssessment", providerKind = "Team", providerName = "民政局评估组", communityCode = Community, date = Today, beneficiaries = 1,
        })).ExpectAsync<ServiceRecordResponse>(HttpStatusCode.Created);
        var csv = Header + "\n" + $"SocialAssistance,Organisation,,区慈善会,{OtherCommunity},{Today},6,";
        var imported = await department.PostAsync("/api/reporting/records/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Api.Cancel);

        Assert.Equal(1, (await imported.ExpectAsync<ImportResult>(HttpStatusCode.OK)).Imported);
        Assert.Equal(HttpStatusCode.OK, (await department.GetAsync($"/api/reporting/records/{filed.Id}", Api.Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await department.GetAsync($"/api/reporting/overview/{County}", Api.Cancel)).StatusCode);
    }

    [Fact]
    public async Task The_list_pages_a_region_by_service_date_with_both_ends_inclusive()
    {
        var day = new DateOnly(2026, 3, 14);
        var text = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var csv = Header + "\n" + string.Join("\n", Enumerable.Range(0, 3).Select(i =>
            $"ResourceLinking,Team,,列表测试队,{Community},{day.AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)},1,"));
        await (await fixture.Client.PostAsync("/api/reporting/records/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Api.Cancel))
            .ExpectAsync<ImportResult>(HttpStatusCode.OK);

        var page = await (await fixture.Client.GetAsync(
                $"/api/reporting/records?region={Community}&from={text}&to={day.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}&pageSize=1", Api.Cancel))
            .ExpectAsync<Platform.Data.Page<ServiceRecordResponse>>(HttpStatusCode.OK);
        var defaults = await (await fixture.Client.GetAsync("/api/reporting/records", Api.Cancel))
            .ExpectAsync<Platform.Data.Page<ServiceRecordResponse>>(HttpStatusCode.OK);

        Assert.Equal((2, 1, 1), (page.Total, page.PageSize, page.Items.Count));
        Assert.Equal(day.AddDays(1), page.Items.Single().Date);
        Assert.Equal((1, 50), (defaults.PageNumber, defaults.PageSize));
        await (await fixture.Client.GetAsync("/api/reporting/records?pageSize=501", Api.Cancel)).BadRequestAsync("pageSize");
        await (await fixture.Client.GetAsync("/api/reporting/records?from=2026-03-02&to=2026-03-01", Api.Cancel)).BadRequestAsync("to");
        await (await fixture.Client.GetAsync("/api/reporting/records?region=5116", Api.Cancel)).BadRequestAsync("region");
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.GetAsync("/api/reporting/records?region=511603009", Api.Cancel)).StatusCode);
    }
}
