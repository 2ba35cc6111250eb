using System.Net;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Reporting.Requests;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using static Platform.Reporting.Tests.ReportingFixture;

namespace Platform.Reporting.Tests;

public sealed class Handling_requests(ReportingFixture fixture) : IDisposable
{
    [Fact]
    public async Task A_request_goes_from_reported_to_closed_one_step_at_a_time_and_keeps_its_history()
    {
        var request = await ReportAsync("Dispute");
        Assert.Equal(RequestState.Reported, request.State);
        Assert.Equal(request.ReportedAt.AddHours(72), request.Deadline);

        var skipped = await fixture.Client.PostJsonAsync($"/api/reporting/requests/{request.Id}/resolve", new { note = "直接办结" });
        Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);

        await MoveAsync(request.Id, "accept", new { });
        await (await fixture.Client.PostJsonAsync($"/api/reporting/requests/{request.Id}/assign", new { })).BadRequestAsync("assignee");
        var assigned = await MoveAsync(request.Id, "assign", new { assignee = "网格员 刘" });
        Assert.Equal("网格员 刘", assigned.AssignedTo);
        await MoveAsync(request.Id, "resolve", new { note = "已调解" });
        var closed = await MoveAsync(request.Id, "close", new { });

        Assert.Equal(RequestState.Closed, closed.State);
        Assert.Equal([RequestState.Accepted, RequestState.Assigned, RequestState.Resolved, RequestState.Closed], closed.History.Select(h => h.To));
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Client.PostJsonAsync($"/api/reporting/requests/{request.Id}/accept", new { })).StatusCode);
    }

    [Fact]
    public async Task A_request_open_past_its_deadline_is_overdue_and_a_resolved_one_is_not()
    {
        var hazard = await ReportAsync("Hazard");
        var resolved = await ReportAsync("Hazard");
        await MoveAsync(resolved.Id, "accept", new { });
        await MoveAsync(resolved.Id, "assign", new { assignee = "物业" });
        await MoveAsync(resolved.Id, "resolve", new { });
        Assert.False((await GetAsync(hazard.Id)).Overdue);

        fixture.Clock.Advance(TimeSpan.FromHours(25));

        Assert.True((await GetAsync(hazard.Id)).Overdue);
        Assert.False((await GetAsync(resolved.Id)).Overdue);
        var overdue = await (await fixture.Client.GetAsync($"/api/reporting/requests?region={Street}&overdue=true", Api.Cancel))
            .ExpectAsync<Page<ServiceRequestResponse>>(HttpStatusCode.OK);
        Assert.Contains(overdue.Items, r => r.Id == hazard.Id);
        Assert.DoesNotContain(overdue.Items, r => r.Id == resolved.Id);
    }

    [Fact]
    public async Task A_step_from_a_stale_version_is_409_naming_the_version_and_changes_nothing()
    {
        var request = await ReportAsync("Need");
        var accepted = await MoveAsync(request.Id, "accept", new { version = request.Version });
        Assert.Equal(request.Version + 1, accepted.Version);

        var stale = await fixture.Client.PostJsonAsync($"/api/reporting/requests/{request.Id}/assign", new { assignee = "网格员 王", version = request.Version });

        await stale.ConflictAsync("version");
        var current = await GetAsync(request.Id);
        Assert.Equal((RequestState.Accepted, accepted.Version, (string?)null), (current.State, current.Version, current.AssignedTo));
    }

    [Fact]
    public async Task The_list_pages_a_region_newest_first_and_refuses_bad_paging_and_dates()
    {
        var first = await ReportAsync("Need");
        var second = await ReportAsync("Need");

        var page = await (await fixture.Client.GetAsync($"/api/reporting/requests?region={Community}&pageSize=2&state=Reported", Api.Cancel))
            .ExpectAsync<Page<ServiceRequestResponse>>(HttpStatusCode.OK);

        Assert.Equal([second.Id, first.Id], page.Items.Select(r => r.Id));
        Assert.Equal(2, page.PageSize);
        await (await fixture.Client.GetAsync("/api/reporting/requests?pageSize=0", Api.Cancel)).BadRequestAsync("pageSize");
        await (await fixture.Client.GetAsync("/api/reporting/requests?from=2026-12-07&to=2026-12-06", Api.Cancel)).BadRequestAsync("to");
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.GetAsync("/api/reporting/requests?region=511603001099", Api.Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_request_out_of_reach_is_not_found()
    {
        var request = await ReportAsync("Need");
        var elsewhere = await fixture.ClientAsAsync(PlatformRoles.StreetOfficer, "511602001");
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/reporting/requests/{request.Id}", Api.Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostJsonAsync($"/api/reporting/requests/{request.Id}/accept", new { })).StatusCode);
    }

    public void Dispose() => fixture.Clock.Reset();

    private async Task<ServiceRequestResponse> ReportAsync(string kind) =>
        await (await fixture.Client.PostJsonAsync("/api/reporting/requests", new { kind, communityCode = Community, description = "邻里噪音纠纷" }))
            .ExpectAsync<ServiceRequestResponse>(HttpStatusCode.Created);

    private async Task<ServiceRequestResponse> MoveAsync(Guid id, string action, object body) =>
        await (await fixture.Client.PostJsonAsync($"/api/reporting/requests/{id}/{action}", body)).ExpectAsync<ServiceRequestResponse>(HttpStatusCode.OK);

    private async Task<ServiceRequestResponse> GetAsync(Guid id) =>
        await (await fixture.Client.GetAsync($"/api/reporting/requests/{id}", Api.Cancel)).ExpectAsync<ServiceRequestResponse>(HttpStatusCode.OK);
}
