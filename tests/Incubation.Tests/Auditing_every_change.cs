using System.Net;
using System.Net.Http.Json;
using Platform.Contracts.Identity;
using Platform.Incubation.Organisations;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

namespace Platform.Incubation.Tests;

/// <summary>
/// Every transition and grade change is in Identity's audit log under the caller who made it, and the
/// organisation's own record keeps the reason given with it.
/// </summary>
public sealed class Auditing_every_change(IncubationFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_transition_and_grade_is_in_the_audit_log_with_its_actor_and_its_reason_on_the_record()
    {
        var officer = await fixture.ClientAsAsync(PlatformRoles.StreetOfficer, IncubationFixture.Street);
        var applied = await officer.ApplyAsync();
        await (await officer.StepAsync(applied.Id, "file", new { reason = "材料齐全" })).ReadAsync<OrganisationResponse>(HttpStatusCode.OK);
        var grade = await (await officer.StepAsync(applied.Id, "grades", new { grade = 3, score = 75, evaluatedOn = DateOnly.FromDateTime(DateTime.UtcNow), reason = "首次评估" }))
            .ReadAsync<GradeResponse>(HttpStatusCode.Created);
        await (await officer.StepAsync(applied.Id, "revoke", new { reason = "连续两年未参加年检" })).ReadAsync<OrganisationResponse>(HttpStatusCode.OK);

        var record = await (await officer.GetAsync($"/api/incubation/organisations/{applied.Id}", Cancel)).ReadAsync<OrganisationRecordResponse>(HttpStatusCode.OK);
        var actor = grade.Actor;
        Assert.All(record.Transitions, t => Assert.Equal(actor, t.Actor));
        Assert.Equal(["社区推荐", "材料齐全", "连续两年未参加年检"], record.Transitions.Select(t => t.Reason));
        Assert.Equal("首次评估", Assert.Single(record.Grades).Reason);

        var auditor = await fixture.Identity.ClientForAsync(fixture.Identity.Client.BaseAddress!, PlatformRoles.Auditor, TestIdentity.CityRegion);
        string[] expected = [.. record.Transitions.Select(t => $"OrganisationTransition/{t.Id}"), $"OrganisationGrade/{grade.Id}"];
        var entries = await Eventually.UntilAsync(
            async () => (await auditor.GetFromJsonAsync<AuditPage>($"/api/identity/audit?service=incubation&subject={actor}&pageSize=500", Json.Options, Cancel))!.Items,
            found => expected.All(key => found.Any(e => e.Changes.Any(c => $"{c.Entity}/{c.Key}" == key))),
            TimeSpan.FromSeconds(60), "the audit entries of every step", Cancel);

        Assert.All(expected, key =>
        {
            var entry = Assert.Single(entries, e => e.Changes.Any(c => $"{c.Entity}/{c.Key}" == key));
            Assert.Equal((actor, "POST", IncubationFixture.Street), (entry.Subject, entry.Method, entry.Region));
            Assert.Contains(PlatformRoles.StreetOfficer, entry.Roles);
            Assert.StartsWith("/api/incubation/organisations", entry.Path, StringComparison.Ordinal);
        });
    }
}

internal sealed record AuditPage(List<AuditRecorded> Items, int Total);
