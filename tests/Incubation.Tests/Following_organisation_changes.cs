using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Organisations;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

namespace Platform.Incubation.Tests;

/// <summary>A department keeps a copy of the organisation list by reading its change feed.</summary>
public sealed class Following_organisation_changes(IncubationFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<ChangePage<OrganisationResponse>> ChangesAsync(HttpClient client, string? after = null, int pageSize = 500) =>
        await (await client.GetAsync($"/api/incubation/organisations/changes?region={IncubationFixture.County}&pageSize={pageSize}&after={after}", Cancel))
            .ReadAsync<ChangePage<OrganisationResponse>>(HttpStatusCode.OK);

    /// <summary>Reads the feed to its end, page by page, as a client would.</summary>
    private static async Task<(List<Change<OrganisationResponse>> Items, string Next)> ReadAllAsync(HttpClient client, string? after = null, int pageSize = 500)
    {
        var items = new List<Change<OrganisationResponse>>();
        while (true)
        {
            var page = await ChangesAsync(client, after, pageSize);
            items.AddRange(page.Items);
            after = page.Next;
            if (!page.HasMore)
            {
                return (items, after);
            }
        }
    }

    [Fact]
    public async Task The_first_call_returns_every_organisation_of_the_region_in_change_order_and_the_next_only_what_changed_since()
    {
        var first = await fixture.Client.ApplyAsync();
        var second = await fixture.Client.ApplyAsync();
        var department = await fixture.ClientAsAsync(PlatformRoles.DepartmentClient, IncubationFixture.County);

        var (everything, next) = await ReadAllAsync(department, pageSize: 7);
        var inRegion = await fixture.InDbAsync(db => db.Organisations.CountAsync(o => o.CommunityCode.StartsWith(IncubationFixture.County), Cancel));
        Assert.Equal(inRegion, everything.Count);
        Assert.Equal(everything.Count, everything.Select(c => c.Id).Distinct().Count());
        Assert.True(everything.FindIndex(c => c.Id == first.Id) < everything.FindIndex(c => c.Id == second.Id));

        Assert.Empty((await ChangesAsync(department, next)).Items);
        var revoked = await (await fixture.Client.StepAsync(first.Id, "revoke", new { reason = "停止活动" })).ReadAsync<OrganisationResponse>(HttpStatusCode.OK);
        var changed = await ChangesAsync(department, next);

        var change = Assert.Single(changed.Items);
        Assert.Equal((first.Id, true, OrganisationState.Revoked, revoked.Version), (change.Id, change.Removed, change.Item.State, change.Item.Version));
        Assert.Empty((await ChangesAsync(department, changed.Next)).Items);
    }

    [Fact]
    public async Task A_token_that_was_not_handed_out_is_400_naming_after_and_an_operator_or_a_region_out_of_reach_is_refused()
    {
        await (await fixture.Client.GetAsync("/api/incubation/organisations/changes?after=not-a-token", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "after");
        await (await fixture.Client.GetAsync("/api/incubation/organisations/changes?pageSize=501", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "pageSize");
        var street = await fixture.ClientAsAsync(PlatformRoles.StreetOfficer, IncubationFixture.Street);
        await (await street.GetAsync($"/api/incubation/organisations/changes?region={IncubationFixture.County}", Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "region");
        var operatorClient = await fixture.ClientAsAsync(PlatformRoles.OrganisationOperator, IncubationFixture.Community, (await fixture.Client.ApplyAsync()).Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.GetAsync("/api/incubation/organisations/changes", Cancel)).StatusCode);
    }
}
