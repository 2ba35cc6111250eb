using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Platform.Security;
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
        var token = JsonDocument.Parse(createdBody).RootElement[0].GetProperty("token").GetString()!;
        using var byToken = JsonDocument.Parse(await department.GetStringAsync($"{Root}/tokens/{token}.json", Api.Cancel));
        Assert.Equal(id, byToken.RootElement[0].GetProperty("service_request_id").GetString());

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
    public async Task A_department_client_creates_requests_in_its_region_only()
    {
        var department = await GatewayClientAsync(PlatformRoles.DepartmentClient, County);
        FormUrlEncodedContent Form(string community) => new(new Dictionary<string, string>
        {
            ["service_code"] = "need", ["address_string"] = "龙镇社区", ["description"] = "民政局转办", [$"attribute[community_code]"] = community,
        });

        using var own = await department.PostAsync($"{Root}/requests.json", Form(Community), Api.Cancel);
        var writes = await fixture.CountWritesAsync();
        using var elsewhere = await department.PostAsync($"{Root}/requests.json", Form(OtherCountyCommunity), Api.Cancel);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal(403, JsonDocument.Parse(await elsewhere.Content.ReadAsStringAsync(Api.Cancel)).RootElement[0].GetProperty("code").GetInt32());
        Assert.Equal(writes, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_department_calls_with_its_api_key_instead_of_a_token_and_a_wrong_key_is_401()
    {
        var key = await fixture.DepartmentApiKeyAsync(County);
        // No transcript: it would write the key into the test output.
        var client = fixture.GatewayClient();

        using var created = await client.PostAsync($"{Root}/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key, ["service_code"] = "dispute", ["address_string"] = "龙镇社区", ["attribute[community_code]"] = Community,
        }), Api.Cancel);
        var createdBody = await created.Content.ReadAsStringAsync(Api.Cancel);
        Assert.True(created.StatusCode == HttpStatusCode.OK, createdBody);
        var id = JsonDocument.Parse(createdBody).RootElement[0].GetProperty("service_request_id").GetString()!;
        using var read = await client.GetAsync($"{Root}/requests/{id}.json?api_key={Uri.EscapeDataString(key)}", Api.Cancel);
        using var wrong = await client.GetAsync($"{Root}/requests/{id}.json?api_key={Uri.EscapeDataString(key[..(key.IndexOf(':') + 1)] + "wrong")}", Api.Cancel);
        using var none = await client.GetAsync($"{Root}/requests/{id}.json", Api.Cancel);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(id, JsonDocument.Parse(await read.Content.ReadAsStringAsync(Api.Cancel)).RootElement[0].GetProperty("service_request_id").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        var stored = await fixture.InDbAsync(db => db.ServiceRequests.FindAsync(Guid.Parse(id)).AsTask());
        Assert.Equal(key[..key.IndexOf(':', StringComparison.Ordinal)], stored!.ReportedBy);
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

        using var unknownToken = await worker.GetAsync($"{Root}/tokens/{Guid.NewGuid()}.json", Api.Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknownToken.StatusCode);

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
