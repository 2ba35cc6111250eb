using System.Net;
using System.Text;
using static Platform.Reporting.Tests.ReportingFixture;

namespace Platform.Reporting.Tests;

public sealed class Exporting_csv(ReportingFixture fixture)
{
    [Theory]
    [InlineData("records", "id,serviceKind,")]
    [InlineData("requests", "id,kind,state,")]
    [InlineData("statistics", "regionCode,month,figure,value")]
    [InlineData("compliance", "communityCode,name,compliant,")]
    public async Task An_export_is_utf8_csv_with_a_byte_order_mark_and_its_header(string what, string header)
    {
        await fixture.Client.PostJsonAsync("/api/reporting/records", new
        {
            serviceKind = "ResourceLinking", providerKind = "Organisation", providerName = "=HYPERLINK(\"x\")", communityCode = Community,
            date = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), beneficiaries = 3, description = "链接资源, 含逗号",
        });

        using var response = await fixture.Gateway.GetAsync($"/api/reporting/exports/{what}.csv?region={County}", Api.Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Api.Cancel);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(header, text, StringComparison.Ordinal);
        if (what == "records")
        {
            Assert.Contains("\"链接资源, 含逗号\"", text, StringComparison.Ordinal);
            Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", text, StringComparison.Ordinal);
        }

        if (what == "compliance")
        {
            Assert.Contains("龙镇社区", text, StringComparison.Ordinal);
        }
    }
}
