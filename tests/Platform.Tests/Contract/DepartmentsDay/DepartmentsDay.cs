// A department's day through the generated clients only: compiled by the contract test together with the Kiota
// clients it generates (not part of the test assembly), run against the gateway with a department client's token.
// Prints one line per step and exits with the number of steps that failed.
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Platform.Clients.Reporting;
using Platform.Clients.Reporting.Models;
using Platform.Clients.Volunteers;

var gateway = Setting("GATEWAY");
var city = Setting("CITY");
var community = Setting("COMMUNITY");
var volunteersExpected = int.Parse(Setting("VOLUNTEERS"), CultureInfo.InvariantCulture);

using var http = new HttpClient();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Setting("TOKEN"));
var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = gateway };
var reporting = new ReportingClient(adapter);
var volunteers = new VolunteersClient(adapter);
var failures = 0;

await Step("read the city overview", async () =>
{
    var overview = await reporting.Api.Reporting.Overview[city].GetAsync() ?? throw new InvalidOperationException("no overview");
    return $"registered volunteers {overview.RegisteredVolunteers}, donations {overview.DonationsRaisedFen} fen";
});

await Step("page through a community's volunteers", async () =>
{
    const int size = 2;
    var seen = new List<Guid>();
    for (var page = 1; ; page++)
    {
        var result = await volunteers.Api.Volunteers.Volunteers.GetAsync(r =>
        {
            r.QueryParameters.Region = community;
            r.QueryParameters.Page = page;
            r.QueryParameters.PageSize = size;
        }) ?? throw new InvalidOperationException($"no page {page}");
        seen.AddRange(result.Items!.Select(v => v.Id!.Value));
        if (result.Items!.Count < size || seen.Count >= result.Total)
        {
            return seen.Distinct().Count() == volunteersExpected && result.Total == volunteersExpected
                ? $"{seen.Count} volunteers in {page} pages"
                : throw new InvalidOperationException($"expected {volunteersExpected} volunteers, read {seen.Count} of total {result.Total}");
        }
    }
});

await Step("file a six-services record", async () =>
{
    var record = await reporting.Api.Reporting.Records.PostAsync(new FileServiceRecordRequest
    {
        ServiceKind = "NeedsAssessment",
        ProviderKind = "Organisation",
        ProviderName = "民政局购买服务项目 (department test)",
        CommunityCode = community,
        Date = new Date(DateTime.UtcNow),
        Beneficiaries = 12,
        Description = "Filed through the generated client",
    }) ?? throw new InvalidOperationException("no record");
    return $"record {record.Id}";
});

await Step("post an Open311 service request", async () =>
{
    var services = await reporting.Api.Reporting.Open311.V2.ServicesWithFormat("json").GetAsync() ?? throw new InvalidOperationException("no services");
    using var list = await JsonDocument.ParseAsync(services);
    var code = list.RootElement[0].GetProperty("service_code").GetString()!;
    var request = reporting.Api.Reporting.Open311.V2.RequestsWithFormat("json").ToPostRequestInformation();
    var form = $"service_code={Uri.EscapeDataString(code)}&lat=30.45&long=106.63&description={Uri.EscapeDataString("路灯不亮 (department test)")}"
        + $"&{Uri.EscapeDataString("attribute[community_code]")}={community}";
    request.SetStreamContent(new MemoryStream(Encoding.UTF8.GetBytes(form)), "application/x-www-form-urlencoded");
    var errors = new Dictionary<string, ParsableFactory<IParsable>> { ["4XX"] = HttpValidationProblemDetails.CreateFromDiscriminatorValue };
    var answer = await adapter.SendPrimitiveAsync<Stream>(request, errors) ?? throw new InvalidOperationException("no answer");
    return await new StreamReader(answer).ReadToEndAsync();
});

await Step("export statistics as CSV", async () =>
{
    var csv = await reporting.Api.Reporting.Exports.StatisticsCsv.GetAsync(r => r.QueryParameters.Region = city) ?? throw new InvalidOperationException("no CSV");
    var lines = (await new StreamReader(csv).ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    return lines.Length >= 1 ? $"{lines.Length} lines, header {lines[0].Trim()}" : throw new InvalidOperationException("an empty CSV");
});

return failures;

async Task Step(string name, Func<Task<string>> step)
{
    try
    {
        Console.WriteLine($"ok   {name}: {await step()}");
    }
    catch (Exception e)
    {
        failures++;
        Console.WriteLine($"FAIL {name}: {Describe(e)}");
    }
}

static string Describe(Exception e) => e switch
{
    ProblemDetails p => $"{p.ResponseStatusCode} {p.Title} {p.Detail}",
    HttpValidationProblemDetails v => $"{v.ResponseStatusCode} {v.Title} {JsonSerializer.Serialize(v.Errors?.AdditionalData)}",
    Platform.Clients.Volunteers.Models.ProblemDetails p => $"{p.ResponseStatusCode} {p.Title} {p.Detail}",
    Platform.Clients.Volunteers.Models.HttpValidationProblemDetails v => $"{v.ResponseStatusCode} {v.Title} {JsonSerializer.Serialize(v.Errors?.AdditionalData)}",
    ApiException api => $"{api.ResponseStatusCode} {api.GetType().Name} {api.Message}",
    _ => e.ToString(),
};

static string Setting(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
    ? value
    : throw new InvalidOperationException($"{name} is not set");
