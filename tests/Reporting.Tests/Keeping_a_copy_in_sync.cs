using System.Net;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Reporting.Records;
using Platform.Reporting.Requests;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using static Platform.Reporting.Tests.ReportingFixture;

namespace Platform.Reporting.Tests;

/// <summary>A department mirrors the records and requests of its region through the change feeds.</summary>
public sealed class Keeping_a_copy_in_sync(ReportingFixture fixture)
{
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_records_feed_hands_out_everything_once_then_only_what_was_filed_after_the_token()
    {
        var department = await fixture.ClientAsAsync(PlatformRoles.DepartmentClient, Street);
        var first = await FileAsync();
        var (all, next) = await ReadAllAsync<ServiceRecordResponse>(department, "records", null, c => c.Any(r => r.Id == first.Id));
        Assert.Contains(all, c => c.Id == first.Id && !c.Removed && c.Item.Beneficiaries == first.Beneficiaries);
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct().Count());

        var second = await FileAsync();
        var (later, _) = await ReadAllAsync<ServiceRecordResponse>(department, "records", next, c => c.Count > 0);

        Assert.Equal([second.Id], later.Select(c => c.Id));
    }

    [Fact]
    public async Task A_request_that_moves_comes_again_at_its_last_change_and_a_closed_one_is_not_removed()
    {
        var department = await fixture.ClientAsAsync(PlatformRoles.DepartmentClient, Street);
        var request = await (await fixture.Client.PostJsonAsync("/api/reporting/requests", new { kind = "Dispute", communityCode = OtherCommunity, description = "停车纠纷" }))
            .ExpectAsync<ServiceRequestResponse>(HttpStatusCode.Created);
        var (_, next) = await ReadAllAsync<ServiceRequestResponse>(department, "requests", null, c => c.Any(r => r.Id == request.Id));

        foreach (var (action, body) in new (string, object)[] { ("accept", new { }), ("assign", new { assignee = "调解员" }), ("resolve", new { }), ("close", new { }) })
        {
            await (await fixture.Client.PostJsonAsync($"/api/reporting/requests/{request.Id}/{action}", body)).ExpectAsync<ServiceRequestResponse>(HttpStatusCode.OK);
        }

        var (later, _) = await ReadAllAsync<ServiceRequestResponse>(department, "requests", next, c => c.Any(r => r.Item.State == RequestState.Closed));

        var change = Assert.Single(later);
        Assert.Equal((request.Id, false, RequestState.Closed, 5), (change.Id, change.Removed, change.Item.State, change.Item.Version));
    }

    [Fact]
    public async Task A_token_that_the_platform_did_not_make_is_400_naming_after()
    {
        await (await fixture.Client.GetAsync("/api/reporting/records/changes?after=not-a-token", Api.Cancel)).BadRequestAsync("after");
        await (await fixture.Client.GetAsync("/api/reporting/requests/changes?pageSize=501", Api.Cancel)).BadRequestAsync("pageSize");
    }

    private async Task<ServiceRecordResponse> FileAsync() =>
        await (await fixture.Client.PostJsonAsync("/api/reporting/records", new
        {
            serviceKind = "CommunityGovernance", providerKind = "Organisation", providerName = "龙镇议事会", communityCode = Community, date = Today,
            beneficiaries = Random.Shared.Next(1, 100),
        })).ExpectAsync<ServiceRecordResponse>(HttpStatusCode.Created);

    /// <summary>
    /// Calls the feed while it has more, from <paramref name="after"/>. A change is handed out only once every older
    /// transaction has ended, so a reader that expects changes polls until <paramref name="seen"/> holds.
    /// </summary>
    private static async Task<(List<Change<T>> Changes, string Next)> ReadAllAsync<T>(
        HttpClient client, string feed, string? after, Func<List<Change<T>>, bool> seen)
    {
        var changes = new List<Change<T>>();
        var next = after;
        await Eventually.UntilAsync(async () =>
        {
            ChangePage<T> page;
            do
            {
                page = await (await client.GetAsync($"/api/reporting/{feed}/changes?pageSize=500{(next is null ? "" : $"&after={next}")}", Api.Cancel))
                    .ExpectAsync<ChangePage<T>>(HttpStatusCode.OK);
                changes.AddRange(page.Items);
                next = page.Next;
            }
            while (page.HasMore);

            return seen(changes);
        }, TimeSpan.FromSeconds(30), $"the expected changes of {feed}", Api.Cancel);
        return (changes, next!);
    }
}
