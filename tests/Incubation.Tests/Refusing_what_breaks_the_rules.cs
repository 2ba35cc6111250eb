using System.Net;
using System.Net.Http.Json;

namespace Platform.Incubation.Tests;

/// <summary>Bad input is a 400 naming the field, a conflict with the current state a 409; either way nothing is written.</summary>
public sealed class Refusing_what_breaks_the_rules(IncubationFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private Task<HttpResponseMessage> ApplyAsync(object body) => fixture.Client.PostAsJsonAsync("/api/incubation/organisations", body, Cancel);

    private async Task RefusedAsync(Func<Task<HttpResponseMessage>> request, HttpStatusCode status, string field)
    {
        var before = await fixture.CountWritesAsync();
        await (await request()).ProblemAsync(status, field);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Theory]
    [InlineData("Hub", null)]
    [InlineData("Platform", "bad-check")]
    [InlineData("ProfessionalService", "91350100I000100Y43")]
    [InlineData("CommunitySocialOrganisation", "9135010")]
    public Task An_invalid_or_missing_credit_code_of_a_registered_organisation_is_400(string kind, string? creditCode) =>
        RefusedAsync(() => ApplyAsync(new
        {
            name = "枢纽型社会组织联合会", kind, communityCode = IncubationFixture.Community, contactName = "陈",
            creditCode = creditCode == "bad-check" ? CreditCodes.WithBadCheck(CreditCodes.Next()) : creditCode,
        }), HttpStatusCode.BadRequest, "creditCode");

    [Theory]
    [InlineData(IncubationFixture.RetiredCommunity)]
    [InlineData("511603001999")]
    [InlineData(IncubationFixture.Street + "abc")]
    public Task An_unknown_or_retired_community_is_400(string community) =>
        RefusedAsync(() => ApplyAsync(new { name = "某社区社会组织", kind = "CommunitySocialOrganisation", communityCode = community, contactName = "陈" }),
            HttpStatusCode.BadRequest, "communityCode");

    [Fact]
    public async Task A_credit_code_already_registered_is_409()
    {
        var code = CreditCodes.Next();
        await fixture.Client.ApplyAsync("Hub", creditCode: code);

        await RefusedAsync(() => ApplyAsync(new { name = "另一个名字", kind = "Platform", communityCode = IncubationFixture.Community, contactName = "陈", creditCode = code }),
            HttpStatusCode.Conflict, "creditCode");
    }

    [Fact]
    public async Task Skipping_or_repeating_a_lifecycle_step_is_409()
    {
        var applied = await fixture.Client.ApplyAsync();
        var centre = await fixture.Client.EstablishCentreAsync();

        await RefusedAsync(() => fixture.Client.StepAsync(applied.Id, "incubate", new { centreId = centre.Id }), HttpStatusCode.Conflict, "state");
        await RefusedAsync(() => fixture.Client.StepAsync(applied.Id, "graduate"), HttpStatusCode.Conflict, "state");
        await (await fixture.Client.StepAsync(applied.Id, "file")).ReadAsync<Organisations.OrganisationResponse>(HttpStatusCode.OK);
        await RefusedAsync(() => fixture.Client.StepAsync(applied.Id, "file"), HttpStatusCode.Conflict, "state");
        await (await fixture.Client.StepAsync(applied.Id, "revoke", new { reason = "虚假材料" })).ReadAsync<Organisations.OrganisationResponse>(HttpStatusCode.OK);
        await RefusedAsync(() => fixture.Client.StepAsync(applied.Id, "revoke", new { reason = "再次撤销" }), HttpStatusCode.Conflict, "state");
        await RefusedAsync(() => fixture.Client.StepAsync(applied.Id, "incubate", new { centreId = centre.Id }), HttpStatusCode.Conflict, "state");
    }

    [Fact]
    public async Task Revoking_without_a_reason_or_incubating_at_an_unknown_or_foreign_centre_is_400()
    {
        var filed = await fixture.Client.FiledAsync();
        var cityCentre = await fixture.Client.EstablishCentreAsync("County", "511602");

        await RefusedAsync(() => fixture.Client.StepAsync(filed.Id, "revoke", new { }), HttpStatusCode.BadRequest, "reason");
        await RefusedAsync(() => fixture.Client.StepAsync(filed.Id, "incubate", new { centreId = Guid.NewGuid() }), HttpStatusCode.BadRequest, "centreId");
        await RefusedAsync(() => fixture.Client.StepAsync(filed.Id, "incubate", new { centreId = cityCentre.Id }), HttpStatusCode.BadRequest, "centreId");
    }

    [Theory]
    [InlineData(0, 80, 0, "grade")]
    [InlineData(6, 80, 0, "grade")]
    [InlineData(4, 101, 0, "score")]
    [InlineData(4, -1, 0, "score")]
    [InlineData(4, 80, 3, "evaluatedOn")]
    public async Task A_grade_outside_1A_to_5A_a_score_outside_0_to_100_or_a_future_evaluation_is_400(int grade, int score, int daysAhead, string field)
    {
        var filed = await fixture.Client.FiledAsync();

        await RefusedAsync(() => fixture.Client.StepAsync(filed.Id, "grades", new { grade, score, evaluatedOn = Today.AddDays(daysAhead) }),
            HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Grading_an_organisation_not_yet_filed_is_409_and_an_unknown_one_404()
    {
        var applied = await fixture.Client.ApplyAsync();

        await RefusedAsync(() => fixture.Client.StepAsync(applied.Id, "grades", new { grade = 3, score = 70, evaluatedOn = Today }), HttpStatusCode.Conflict, "state");
        var unknown = await fixture.Client.StepAsync(Guid.NewGuid(), "grades", new { grade = 3, score = 70, evaluatedOn = Today });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("PublicBenefitVenture", -1L, 0, null, "budgetFen")]
    [InlineData("GovernmentPurchase", 100L, -1, null, "endsOn")]
    [InlineData("RedPairing", 100L, 30, null, "partyOrganisationId")]
    [InlineData("RedPairing", 100L, 30, "unknown", "partyOrganisationId")]
    [InlineData("RedPairing", 100L, 30, "dissolved", "partyOrganisationId")]
    [InlineData("RedPairing", 100L, 30, "other-community", "partyOrganisationId")]
    [InlineData("PublicBenefitVenture", 100L, 30, "branch", "partyOrganisationId")]
    public async Task A_project_with_a_negative_budget_an_end_before_its_start_or_a_wrong_party_organisation_is_400(
        string kind, long budgetFen, int days, string? party, string field)
    {
        var filed = await fixture.Client.FiledAsync();
        Guid? partyOrganisationId = party switch
        {
            "unknown" => Guid.NewGuid(),
            "dissolved" => IncubationFixture.DissolvedBranch,
            "other-community" => IncubationFixture.OtherCommunityBranch,
            "branch" => IncubationFixture.PartyBranch,
            _ => null,
        };

        await RefusedAsync(() => fixture.Client.PostAsJsonAsync("/api/incubation/projects", new
        {
            organisationId = filed.Id, kind, title = "社区营造", budgetFen, startsOn = Today, endsOn = Today.AddDays(days), partyOrganisationId,
        }, Cancel), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_project_of_an_organisation_not_yet_filed_is_409_and_in_an_unknown_community_400()
    {
        var applied = await fixture.Client.ApplyAsync();
        var filed = await fixture.Client.FiledAsync();

        await RefusedAsync(() => fixture.Client.PostAsJsonAsync("/api/incubation/projects", new
        {
            organisationId = applied.Id, kind = "PublicBenefitVenture", title = "社区营造", budgetFen = 100, startsOn = Today, endsOn = Today,
        }, Cancel), HttpStatusCode.Conflict, "organisationId");
        await RefusedAsync(() => fixture.Client.PostAsJsonAsync("/api/incubation/projects", new
        {
            organisationId = filed.Id, kind = "PublicBenefitVenture", title = "社区营造", budgetFen = 100, startsOn = Today, endsOn = Today,
            communityCode = IncubationFixture.RetiredCommunity,
        }, Cancel), HttpStatusCode.BadRequest, "communityCode");
    }

    [Fact]
    public async Task A_social_worker_or_room_in_an_unknown_community_is_400()
    {
        await RefusedAsync(() => fixture.Client.PostAsJsonAsync("/api/incubation/social-workers", new
        {
            name = "刘社工", certificateNumber = "ZJ20260001", level = "Assistant", communityCode = IncubationFixture.RetiredCommunity,
        }, Cancel), HttpStatusCode.BadRequest, "communityCode");
        await RefusedAsync(() => fixture.Client.PostAsJsonAsync("/api/incubation/rooms", new { communityCode = "511603001998" }, Cancel),
            HttpStatusCode.BadRequest, "communityCode");
    }
}
