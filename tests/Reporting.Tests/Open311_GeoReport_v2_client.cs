using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Platform.ServiceDefaults.Security;
using static Platform.Reporting.Tests.ReportingFixture;

namespace Platform.Reporting.Tests;

/// <summary>
/// A GeoReport v2 client written from the public specification alone: resources with a .json or .xml extension, form
/// posts, answers read by the spec's element names. It goes through the gateway like a department's client.
/// </summary>
public sealed class Open311_GeoReport_v2_client(ReportingFixture fixture)
{
    private const string Root = "/api/reporting/open311/v2";

    [Fact]
    public async Task A_client_lists_services_creates_a_request_and_reads_its_status_in_json_and_xml()
    {
        var worker = await GatewayClientAsync(PlatformRoles.CommunityWorker, Community);
        var department = await GatewayClientAsync(PlatformRoles.DepartmentClient, City);

        using var services = JsonDocument.Parse(await department.GetStringAsync($"{Root}/services.json", Api.Cancel));
        var codes = services.RootElement.EnumerateArray().Select(s => s.GetProperty("service_code").GetString()).ToList();
        Assert.Contains("hazard", codes);
        var hazard = services.RootElement.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == "hazard");
        Assert.Equal("realtime", hazard.GetProperty("type").GetString());
        Assert.True(hazard.GetProperty("metadata").GetBoolean());

        var servicesXml = XDocument.Parse(await department.GetStringAsync($"{Root}/services.xml", Api.Cancel));
        Assert.Equal("services", servicesXml.Root!.Name.LocalName);
        Assert.Equal(codes, servicesXml.Root.Elements("service").Select(s => s.Element("service_code")!.Value));

        using var definition = JsonDocument.Parse(await department.GetStringAsync($"{Root}/services/hazard.json", Api.Cancel));
        var attribute = definition.RootElement.GetProperty("attributes").EnumerateArray().Single();
        Assert.True(attribute.GetProperty("required").GetBoolean());
        var attributeCode = attribute.GetProperty("code").GetString()!;

        using var created = await worker.PostAsync($"{Root}/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = "ignored",
            ["service_code"] = "hazard",
            ["lat"] = "30.4564",
            ["long"] = "106.6331",
            ["address_string"] = "龙镇社区3栋楼道",
            ["description"] = "楼道堆放杂物，存在消防隐患",
            [$"attribute[{attributeCode}]"] = Community,
        }), Api.Cancel);
        var createdBody = await created.Content.ReadAsStringAsync(Api.Cancel);
        Assert.True(created.StatusCode == HttpStatusCode.OK, createdBody);
        var id = JsonDocument.Parse(createdBody).RootElement[0].GetProperty("service_request_id").GetString()!;

        using var status = JsonDocument.Parse(await department.GetStringAsync($"{Root}/requests/{id}.json", Api.Cancel));
        var request = status.RootElement[0];
        Assert.Equal(id, request.GetProperty("service_request_id").GetString());
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("hazard", request.GetProperty("service_code").GetString());
        Assert.Equal(30.4564, request.GetProperty("lat").GetDouble());
        Assert.True(DateTimeOffset.Parse(request.GetProperty("expected_datetime").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            > DateTimeOffset.Parse(request.GetProperty("requested_datetime").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        var statusXml = XDocument.Parse(await department.GetStringAsync($"{Root}/requests/{id}.xml", Api.Cancel));
        var requestXml = statusXml.Root!.Element("request")!;
        Assert.Equal("service_requests", statusXml.Root.Name.LocalName);
        Assert.Equal(id, requestXml.Element("service_request_id")!.Value);
        Assert.Equal("open", requestXml.Element("status")!.Value);
        Assert.Equal("楼道堆放杂物，存在消防隐患", requestXml.Element("description")!.Value);

        using var open = JsonDocument.Parse(await department.GetStringAsync($"{Root}/requests.json?service_code=hazard&status=open", Api.Cancel));
        Assert.Contains(open.RootElement.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == id);
        using var closed = JsonDocument.Parse(await department.GetStringAsync($"{Root}/requests.json?status=closed", Api.Cancel));
        Assert.DoesNotContain(closed.RootElement.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == id);
        using var byId = JsonDocument.Parse(await department.GetStringAsync($"{Root}/requests.json?service_request_id={id}", Api.Cancel));
        Assert.Equal(id, byId.RootElement.EnumerateArray().Single().GetProperty("service_request_id").GetString());
    }

    [Fact]
    public async Task Missing_parameters_and_unknown_ids_answer_with_the_specs_error_list()
    {
        var worker = await GatewayClientAsync(PlatformRoles.CommunityWorker, Community);

        using var missing = await worker.PostAsync($"{Root}/requests.json",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["description"] = "没有服务类型" }), Api.Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var error = JsonDocument.Parse(await missing.Content.ReadAsStringAsync(Api.Cancel)).RootElement[0];
        Assert.Equal(400, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("description").GetString()));

        using var unknown = await worker.GetAsync($"{Root}/requests/{Guid.NewGuid()}.xml", Api.Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var errors = XDocument.Parse(await unknown.Content.ReadAsStringAsync(Api.Cancel)).Root!;
        Assert.Equal("errors", errors.Name.LocalName);
        Assert.Equal("404", errors.Element("error")!.Element("code")!.Value);

        using var unknownService = await worker.GetAsync($"{Root}/services/graffiti.json", Api.Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknownService.StatusCode);
    }

    private async Task<HttpClient> GatewayClientAsync(string role, string region)
    {
        var client = fixture.GatewayClient(new Transcript());
        var token = (await fixture.ClientAsAsync(role, region)).DefaultRequestHeaders.Authorization;
        client.DefaultRequestHeaders.Authorization = token;
        return client;
    }
}
