using System.Net;
using Platform.Incubation.Organisations;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.Incubation.Tests;

public sealed class Querying_organisations(IncubationFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<List<Guid>> ListAsync(string query) =>
        [.. (await (await fixture.Client.GetAsync($"/api/incubation/organisations?pageSize=200&{query}", Cancel))
            .ReadAsync<Page<OrganisationResponse>>(HttpStatusCode.OK)).Items.Select(o => o.Id)];

    [Fact]
    public async Task By_region_subtree_kind_state_and_current_grade_with_expired_grades_not_counting()
    {
        var hub = await fixture.Client.FiledAsync("Hub");
        var graded = await fixture.Client.FiledAsync();
        var expired = await fixture.Client.FiledAsync();
        var elsewhere = await fixture.Client.ApplyAsync(community: IncubationFixture.OtherCountyCommunity);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await (await fixture.Client.StepAsync(graded.Id, "grades", new { grade = 5, score = 95, evaluatedOn = today.AddYears(-6) })).ReadAsync<GradeResponse>(HttpStatusCode.Created);
        await (await fixture.Client.StepAsync(graded.Id, "grades", new { grade = 5, score = 93, evaluatedOn = today.AddYears(-1) })).ReadAsync<GradeResponse>(HttpStatusCode.Created);
        await (await fixture.Client.StepAsync(expired.Id, "grades", new { grade = 5, score = 91, evaluatedOn = today.AddYears(-5) })).ReadAsync<GradeResponse>(HttpStatusCode.Created);

        var street = await ListAsync($"region={IncubationFixture.Street}");
        Assert.Contains(hub.Id, street);
        Assert.DoesNotContain(elsewhere.Id, street);
        Assert.Contains(elsewhere.Id, await ListAsync("region=511600&state=Applied"));
        Assert.DoesNotContain(elsewhere.Id, await ListAsync("region=511600&state=Filed"));
        var hubs = await ListAsync($"region={IncubationFixture.County}&kind=Hub");
        Assert.Contains(hub.Id, hubs);
        Assert.DoesNotContain(graded.Id, hubs);
        var fiveA = await ListAsync($"region={IncubationFixture.County}&grade=5");
        Assert.Contains(graded.Id, fiveA);
        Assert.DoesNotContain(expired.Id, fiveA);

        var record = await (await fixture.Client.GetAsync($"/api/incubation/organisations/{expired.Id}", Cancel)).ReadAsync<OrganisationRecordResponse>(HttpStatusCode.OK);
        Assert.Null(record.Organisation.CurrentGrade);
        Assert.Single(record.Grades);
    }

    [Fact]
    public async Task A_malformed_region_or_a_grade_outside_1_to_5_is_400_an_unknown_region_404_and_one_outside_the_city_403()
    {
        await (await fixture.Client.GetAsync("/api/incubation/organisations?region=51160", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "region");
        await (await fixture.Client.GetAsync("/api/incubation/organisations?region=511699", Cancel)).ProblemAsync(HttpStatusCode.NotFound, "region");
        await (await fixture.Client.GetAsync("/api/incubation/organisations?region=999999", Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "region");
        await (await fixture.Client.GetAsync($"/api/incubation/organisations?region={IncubationFixture.County}&grade=6", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "grade");
    }

    [Fact]
    public async Task From_and_to_are_the_city_days_of_the_application_both_inclusive_and_a_range_ending_before_it_starts_is_400()
    {
        var applied = await fixture.Client.ApplyAsync(community: IncubationFixture.OtherCommunity);
        var today = DateOnly.FromDateTime(applied.AppliedAt.UtcDateTime.AddHours(8));
        var region = $"region={IncubationFixture.OtherCommunity}";

        Assert.Contains(applied.Id, await ListAsync($"{region}&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}"));
        Assert.DoesNotContain(applied.Id, await ListAsync($"{region}&to={today.AddDays(-1):yyyy-MM-dd}"));
        Assert.DoesNotContain(applied.Id, await ListAsync($"{region}&from={today.AddDays(1):yyyy-MM-dd}"));
        foreach (var list in new[] { "organisations", "rooms", "social-workers", "centres" })
        {
            await (await fixture.Client.GetAsync($"/api/incubation/{list}?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}", Cancel))
                .ProblemAsync(HttpStatusCode.BadRequest, "to");
        }
    }
}
