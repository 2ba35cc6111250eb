using System.Net;
using Microsoft.Kiota.Abstractions;
using Platform.Clients.Party.Models;
using Platform.Clients.Volunteers.Models;
using VolunteersProblem = Platform.Clients.Volunteers.Models.ProblemDetails;
using VolunteersValidationProblem = Platform.Clients.Volunteers.Models.HttpValidationProblemDetails;
using PartyValidationProblem = Platform.Clients.Party.Models.HttpValidationProblemDetails;

namespace Platform.Clients.Tests;

/// <summary>
/// What the generated clients throw for the gateway's problem documents (docs/api.md, "Errors"), read back by
/// <see cref="ApiProblem"/> as a form shows it; the exceptions are the ones Kiota's adapter throws for the response.
/// </summary>
public sealed class Showing_a_problem_at_its_fields
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly RegisterVolunteerRequest Registration = new() { Name = "志愿者", IdNumber = "x", Phone = "1", CommunityCode = "511603001001", Skills = [] };

    private static async Task<ApiException> ThrownAsync(Func<Task> call) => await Assert.ThrowsAnyAsync<ApiException>(call);

    [Fact]
    public async Task A_validation_problem_gives_each_field_its_messages_under_the_apis_names()
    {
        var gateway = new StubGateway(HttpStatusCode.BadRequest, """
            {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,
             "errors":{"idNumber":["The check digit does not match.","Eighteen characters."],"rows[3].communityCode":["No live community has this code."]},
             "traceId":"00-abc-def-01"}
            """);

        var thrown = await ThrownAsync(() => gateway.Api().Volunteers.Api.Volunteers.Volunteers.PostAsync(Registration, cancellationToken: Cancel));
        var problem = ApiProblem.From(thrown);

        Assert.IsType<VolunteersValidationProblem>(thrown);
        Assert.Equal(new Uri("https://gateway.example/api/volunteers/volunteers"), gateway.RequestUri);
        Assert.Equal(400, problem.Status);
        Assert.Equal("One or more validation errors occurred.", problem.Title);
        Assert.Null(problem.Detail);
        Assert.Equal(["The check digit does not match.", "Eighteen characters."], problem.For("idNumber"));
        Assert.Equal(["No live community has this code."], problem.For("rows[3].communityCode"));
        Assert.Empty(problem.For("name"));
        Assert.Equal(2, problem.Errors.Count);
    }

    [Fact]
    public async Task A_stale_version_names_the_version_field_in_any_services_client()
    {
        var gateway = new StubGateway(HttpStatusCode.Conflict, """
            {"title":"Conflict","status":409,"detail":"Read it again.","errors":{"version":["The record was changed since this version was read; read it again."]}}
            """);

        var thrown = await ThrownAsync(() => gateway.Api().Party.Api.Party.Regions["511603001002"].Name.PutAsync(new RenameRegionRequest { Name = "新名", Version = 3 }, cancellationToken: Cancel));
        var problem = ApiProblem.From(thrown);

        Assert.IsType<PartyValidationProblem>(thrown);
        Assert.Equal(new ApiProblem(409, "Conflict", "Read it again.", problem.Errors), problem);
        Assert.Equal(["The record was changed since this version was read; read it again."], problem.For("version"));
    }

    [Fact]
    public async Task A_region_out_of_reach_is_a_403_naming_the_region()
    {
        var gateway = new StubGateway(HttpStatusCode.Forbidden, """{"title":"Forbidden","status":403,"errors":{"region":["Out of your reach."]}}""");

        var problem = ApiProblem.From(await ThrownAsync(() => gateway.Api().Volunteers.Api.Volunteers.Volunteers.GetAsync(q => q.QueryParameters.Region = "511602", Cancel)));

        Assert.Equal(403, problem.Status);
        Assert.Equal(["Out of your reach."], problem.For("region"));
    }

    [Fact]
    public async Task A_problem_without_errors_keeps_its_status_title_and_detail()
    {
        var gateway = new StubGateway(HttpStatusCode.NotFound, """{"type":"about:blank","title":"Not Found","status":404,"detail":"No volunteer has this id."}""");

        var thrown = await ThrownAsync(() => gateway.Api().Volunteers.Api.Volunteers.Volunteers[Guid.NewGuid()].GetAsync(cancellationToken: Cancel));
        var problem = ApiProblem.From(thrown);

        Assert.IsType<VolunteersProblem>(thrown);
        Assert.Equal(404, problem.Status);
        Assert.Equal("Not Found", problem.Title);
        Assert.Equal("No volunteer has this id.", problem.Detail);
        Assert.Empty(problem.Errors);
    }

    [Fact]
    public async Task The_status_of_the_response_wins_over_a_missing_status_in_the_body()
    {
        var gateway = new StubGateway(HttpStatusCode.TooManyRequests, """{"title":"Too Many Requests"}""");

        var problem = ApiProblem.From(await ThrownAsync(() => gateway.Api().Volunteers.Api.Volunteers.Volunteers.PostAsync(Registration, cancellationToken: Cancel)));

        Assert.Equal(new ApiProblem(429, "Too Many Requests", null, problem.Errors), problem);
        Assert.Empty(problem.Errors);
    }

    [Fact]
    public async Task A_status_the_document_does_not_describe_gives_the_status_alone()
    {
        var gateway = new StubGateway(HttpStatusCode.BadGateway, """{"title":"Bad Gateway","status":502}""");

        var thrown = await ThrownAsync(() => gateway.Api().Volunteers.Api.Volunteers.Volunteers.PostAsync(Registration, cancellationToken: Cancel));
        var problem = ApiProblem.From(thrown);

        Assert.Equal(typeof(ApiException), thrown.GetType());
        Assert.Equal(new ApiProblem(502, null, null, problem.Errors), problem);
        Assert.Empty(problem.Errors);
    }
}
