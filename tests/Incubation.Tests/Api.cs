using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Platform.Incubation.Centres;
using Platform.Incubation.Organisations;
using Platform.Testing;

namespace Platform.Incubation.Tests;

/// <summary>The calls the tests make, over HTTP, with the answers they expect.</summary>
public static class Api
{
    private static readonly string[] Fields = ["养老助残", "儿童关爱"];
    private static readonly string[] Functions = ["孵化培育", "能力建设"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<OrganisationResponse> ApplyAsync(this HttpClient client, string kind = "CommunitySocialOrganisation",
        string community = IncubationFixture.Community, string? creditCode = null)
    {
        var response = await client.PostAsJsonAsync("/api/incubation/organisations", new
        {
            name = $"邻里互助会 {Guid.NewGuid():N}", kind, communityCode = community, contactName = "陈会长", contactPhone = "13912345678",
            creditCode, fields = Fields, reason = "社区推荐",
        }, Cancel);
        return await response.ReadAsync<OrganisationResponse>(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> StepAsync(this HttpClient client, Guid organisationId, string step, object? body = null) =>
        client.PostAsJsonAsync($"/api/incubation/organisations/{organisationId}/{step}", body ?? new { }, Cancel);

    public static async Task<OrganisationResponse> FiledAsync(this HttpClient client, string kind = "CommunitySocialOrganisation")
    {
        var organisation = await client.ApplyAsync(kind, creditCode: kind == "CommunitySocialOrganisation" ? null : CreditCodes.Next());
        return await (await client.StepAsync(organisation.Id, "file")).ReadAsync<OrganisationResponse>(HttpStatusCode.OK);
    }

    public static async Task<CentreResponse> EstablishCentreAsync(this HttpClient client, string level = "County", string region = IncubationFixture.County)
    {
        var response = await client.PostAsJsonAsync("/api/incubation/centres", new
        {
            name = $"前锋区社会组织孵化中心 {Guid.NewGuid():N}", level, regionCode = region, areaSquareMetres = 800, functions = Functions,
        }, Cancel);
        return await response.ReadAsync<CentreResponse>(HttpStatusCode.Created);
    }

    public static Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected) => response.ReadAsync<T>(expected, Cancel);

    public static Task<HttpValidationProblemDetails> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string field) =>
        response.ProblemAsync(expected, field, Cancel);
}
