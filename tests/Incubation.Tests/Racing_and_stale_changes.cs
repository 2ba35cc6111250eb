using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Incubation;
using Platform.Incubation.Organisations;

namespace Platform.Incubation.Tests;

/// <summary>Concurrent transitions of one organisation cannot both win, and a change made against an old version is refused.</summary>
public sealed class Racing_and_stale_changes(IncubationFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Of_two_simultaneous_graduations_one_wins_the_other_is_409_and_one_event_is_published()
    {
        var centre = await fixture.Client.EstablishCentreAsync();
        var filed = await fixture.Client.FiledAsync();
        await (await fixture.Client.StepAsync(filed.Id, "incubate", new { centreId = centre.Id })).ReadAsync<OrganisationResponse>(HttpStatusCode.OK);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.Client.StepAsync(filed.Id, "graduate")));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Single((await fixture.EventsAsync(filed.Id)).OfType<OrganisationGraduated>());
        Assert.Equal(1, await fixture.InDbAsync(db => db.Transitions.CountAsync(t => t.OrganisationId == filed.Id && t.To == OrganisationState.Graduated, Cancel)));
    }

    [Fact]
    public async Task A_grade_racing_a_revocation_is_either_recorded_before_it_or_refused()
    {
        var organisations = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fixture.Client.FiledAsync()));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var answers = await Task.WhenAll(organisations.SelectMany(o => new[]
        {
            fixture.Client.StepAsync(o.Id, "revoke", new { reason = "并发撤销" }),
            fixture.Client.StepAsync(o.Id, "grades", new { grade = 2, score = 60, evaluatedOn = today }),
        }));

        var ids = organisations.Select(o => o.Id).ToList();
        var late = await fixture.InDbAsync(db => db.Grades.CountAsync(g => ids.Contains(g.OrganisationId) && db.Transitions.Any(t =>
            t.OrganisationId == g.OrganisationId && t.To == OrganisationState.Revoked && t.At < g.GradedAt), Cancel));
        Assert.Equal(0, late);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.All(answers.Chunk(2), pair => Assert.Contains(pair, a => a.IsSuccessStatusCode));
    }

    [Fact]
    public async Task A_step_sent_with_a_version_that_is_no_longer_current_is_409_and_changes_nothing()
    {
        var applied = await fixture.Client.ApplyAsync();
        await (await fixture.Client.StepAsync(applied.Id, "file")).ReadAsync<OrganisationResponse>(HttpStatusCode.OK);
        var before = await fixture.CountWritesAsync();

        var stale = await fixture.Client.StepAsync(applied.Id, "revoke", new { reason = "依据旧版本", version = applied.Version });

        await stale.ProblemAsync(HttpStatusCode.Conflict, "version");
        Assert.Equal(before, await fixture.CountWritesAsync());
    }
}
