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

        var problem = await response.BadRequestAsync("rows[3].serviceKind", "rows[4].beneficiaries", "rows[5].date", "rows[6].communityCode", "rows[7].$");
        Assert.DoesNotContain(problem.Errors.Keys, k => k.StartsWith("rows[2]", StringComparison.Ordinal));
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
    public async Task A_department_client_reads_but_does_not_file()
    {
        var department = await fixture.ClientAsAsync(Platform.ServiceDefaults.Security.PlatformRoles.DepartmentClient, City);
        var response = await department.PostJsonAsync("/api/reporting/records", new
        {
            serviceKind = "NeedsAssessment", providerKind = "Team", providerName = "x", communityCode = Community, date = Today, beneficiaries = 1,
        });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await department.GetAsync($"/api/reporting/overview/{City}", Api.Cancel)).StatusCode);
    }
}
