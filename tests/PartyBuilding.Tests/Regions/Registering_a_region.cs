using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Regions;
using Platform.Messaging;
using Platform.Testing;

namespace Platform.PartyBuilding.Tests.Regions;

public sealed class Registering_a_region(PartyFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_valid_community_is_created_with_one_event_in_the_outbox()
    {
        var response = await fixture.Client.PostAsJsonAsync("/api/party/regions",
            new { code = "511603001001", name = "龙镇社区", level = "Community", parentCode = "511603001" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/party/regions/511603001001", response.Headers.Location?.OriginalString);
        var region = await response.Content.ReadFromJsonAsync<RegionResponse>(Json.Options, Cancel);
        Assert.Equal("龙镇社区", region!.Name);

        var registered = Assert.Single(await fixture.EventsAsync<RegionRegistered>(e => e.Code == "511603001001"));
        Assert.Equal("511603001", registered.ParentCode);

        var read = await fixture.Client.GetFromJsonAsync<RegionResponse>("/api/party/regions/511603001001", Json.Options, Cancel);
        Assert.Equal(region, read);
    }

    [Fact]
    public async Task An_unknown_code_is_404()
    {
        var response = await fixture.Client.GetAsync("/api/party/regions/511603999999", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string, string, HttpStatusCode> BadRequests => new()
    {
        { "{\"code\":\"511603002\",\"name\":\"x\",\"level\":\"Street", "level", HttpStatusCode.BadRequest },
        { """{"name":"x","level":"Street","parentCode":"511603"}""", "code", HttpStatusCode.BadRequest },
        { """{"code":"511603002","name":"x","parentCode":"511603"}""", "level", HttpStatusCode.BadRequest },
        { """{"code":"511603002","name":"","level":"Street","parentCode":"511603"}""", "name", HttpStatusCode.BadRequest },
        { """{"code":"5116030","name":"x","level":"Street","parentCode":"511603"}""", "code", HttpStatusCode.BadRequest },
        { """{"code":"51160300A","name":"x","level":"Street","parentCode":"511603"}""", "code", HttpStatusCode.BadRequest },
        { """{"code":"511602002","name":"x","level":"Street","parentCode":"511603"}""", "code", HttpStatusCode.BadRequest },
        { """{"code":"511603002","name":"x","level":"Street","parentCode":"511699"}""", "parentCode", HttpStatusCode.BadRequest },
        { """{"code":"511603002","name":"x","level":"Street","parentCode":"511600"}""", "parentCode", HttpStatusCode.BadRequest },
        { """{"code":"511603002","name":"x","level":"Hamlet","parentCode":"511603"}""", "level", HttpStatusCode.BadRequest },
        { """{"code":511603002,"name":"x","level":"Street","parentCode":"511603"}""", "code", HttpStatusCode.BadRequest },
        { """{"code":"511603002","name":"x","level":"Street","parentCode":"511603","retired":true}""", "retired", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_a_problem_naming_the_field_and_writes_nothing(string body, string field, HttpStatusCode status)
    {
        var before = await fixture.CountWritesAsync();

        // Expect: 100-continue lets Kestrel answer 413 before the body is sent; without it the client may still be writing
        // the 2 MB when the server closes the connection, and sees a broken pipe instead of the answer.
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = fixture.Client.BaseAddress,
        };
        client.DefaultRequestHeaders.Authorization = fixture.Client.DefaultRequestHeaders.Authorization;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/party/regions")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        var response = await client.SendAsync(request, Cancel);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>(Cancel);
        Assert.Contains(field, problem!.Errors.Keys);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task An_oversized_body_is_413_and_writes_nothing()
    {
        var before = await fixture.CountWritesAsync();
        var body = $$"""{"code":"511603003","name":"{{new string('x', 2 * 1024 * 1024)}}","level":"Street","parentCode":"511603"}""";

        // Expect: 100-continue lets Kestrel answer 413 before the body is sent; without it the client may still be writing
        // the 2 MB when the server closes the connection, and sees a broken pipe instead of the answer.
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = fixture.Client.BaseAddress,
        };
        client.DefaultRequestHeaders.Authorization = fixture.Client.DefaultRequestHeaders.Authorization;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/party/regions")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_duplicate_code_is_409_and_writes_nothing()
    {
        var before = await fixture.CountWritesAsync();

        var response = await fixture.Client.PostAsJsonAsync("/api/party/regions",
            new { code = "511603", name = "again", level = "County", parentCode = "511600" }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }
}
