using System.Net;
using System.Net.Http.Json;
using Platform.Contracts.Incubation;
using Platform.Incubation.Organisations;
using Platform.Incubation.Organisations.Import;

namespace Platform.Incubation.Tests;

/// <summary>The bulk path for the seed data: the same rules and the same events as one by one, all or nothing.</summary>
public sealed class Importing_organisations(IncubationFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Row(string state, string kind = "CommunitySocialOrganisation", string? creditCode = null, string? centreName = null,
        object? grade = null, string? reason = null, string community = IncubationFixture.Community) => new
    {
        organisation = new
        {
            name = $"导入组织 {Guid.NewGuid():N}", kind, communityCode = community, contactName = "陈", contactPhone = "13712345678", creditCode, reason,
        },
        state, centreName, grade,
    };

    private Task<HttpResponseMessage> ImportAsync(params object[] rows) =>
        fixture.Client.PostAsJsonAsync("/api/incubation/organisations/import", new { organisations = rows }, Cancel);

    [Fact]
    public async Task Each_organisation_walks_to_its_state_with_the_events_of_every_step_and_its_grade()
    {
        var centre = await fixture.Client.EstablishCentreAsync();
        var evaluated = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1);

        var report = await (await ImportAsync(
                Row("Filed"),
                Row("Graduated", "Hub", CreditCodes.Next(), centre.Name, new { grade = 5, score = 96, evaluatedOn = evaluated }),
                Row("Incubating", centreName: centre.Name),
                Row("Revoked", reason: "注销登记"),
                Row("Applied")))
            .ReadAsync<OrganisationImportReport>(HttpStatusCode.OK);

        Assert.Equal((5, 1, 8), (report.Imported, report.Graded, report.EventsPublished));
        var graduated = await fixture.InDbAsync(db => Task.FromResult(db.Organisations.Single(o => o.Kind == OrganisationKind.Hub && o.CentreId == centre.Id)));
        Assert.Equal(OrganisationState.Graduated, graduated.State);
        Assert.Null(graduated.FilingNumber);
        // The steps are saved together and the outbox promises no order among events, so they are compared as a set.
        Type[] steps = [typeof(OrganisationFiled), typeof(OrganisationIncubationStarted), typeof(OrganisationGraduated), typeof(OrganisationGraded)];
        Assert.Equal(steps.OrderBy(t => t.Name), (await fixture.EventsAsync(graduated.Id)).Select(e => e.GetType()).OrderBy(t => t.Name));
        var record = await (await fixture.Client.GetAsync($"/api/incubation/organisations/{graduated.Id}", Cancel)).ReadAsync<OrganisationRecordResponse>(HttpStatusCode.OK);
        Assert.Equal("5A", record.Organisation.CurrentGrade!.Label);
        Assert.Equal(4, record.Transitions.Count);
    }

    [Fact]
    public async Task A_bad_row_is_400_naming_its_index_and_field_and_nothing_is_written()
    {
        var before = await fixture.CountWritesAsync();

        var rules = await ImportAsync(Row("Filed"), Row("Filed", "Platform", CreditCodes.WithBadCheck(CreditCodes.Next())),
            Row("Incubating", centreName: "不存在的中心"), Row("Revoked"), Row("Filed", community: IncubationFixture.RetiredCommunity));
        var shape = await ImportAsync(Row("Filed"), Row("Filed", grade: new { grade = 6, score = 50, evaluatedOn = new DateOnly(2025, 1, 1) }),
            Row("Filed", grade: new { grade = 3, score = 101, evaluatedOn = new DateOnly(2025, 1, 1) }),
            new { organisation = new { name = "某组织", kind = "Hub", communityCode = IncubationFixture.Community, contactName = "" }, state = "Filed" });

        var problem = await rules.ProblemAsync(HttpStatusCode.BadRequest, "organisations[1].organisation.creditCode");
        Assert.Equal(["organisations[1].organisation.creditCode", "organisations[2].centreName", "organisations[3].organisation.reason", "organisations[4].organisation.communityCode"],
            problem.Errors.Keys.Order());
        problem = await shape.ProblemAsync(HttpStatusCode.BadRequest, "organisations[1].grade.grade");
        Assert.Equal(["organisations[1].grade.grade", "organisations[2].grade.score", "organisations[3].organisation.contactName"], problem.Errors.Keys.Order());
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_credit_code_twice_in_one_import_is_409_and_nothing_is_written()
    {
        var code = CreditCodes.Next();
        var before = await fixture.CountWritesAsync();

        await (await ImportAsync(Row("Filed", "Hub", code), Row("Filed", "Platform", code))).ProblemAsync(HttpStatusCode.Conflict, "creditCode");

        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_null_row_or_a_null_field_of_service_is_refused_or_dropped_not_a_server_error()
    {
        var before = await fixture.CountWritesAsync();
        await (await ImportAsync(Row("Filed"), null!)).ProblemAsync(HttpStatusCode.BadRequest, "organisations[1]");
        Assert.Equal(before, await fixture.CountWritesAsync());

        var applied = await (await fixture.Client.PostAsJsonAsync("/api/incubation/organisations", new
        {
            name = $"空字段组织 {Guid.NewGuid():N}", kind = "CommunitySocialOrganisation", communityCode = IncubationFixture.Community, contactName = "陈",
            fields = new[] { "助老", null, " " },
        }, Cancel)).ReadAsync<OrganisationResponse>(HttpStatusCode.Created);
        Assert.Equal(["助老"], applied.Fields);
    }
}
