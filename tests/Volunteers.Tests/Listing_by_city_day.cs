using System.Net;
using System.Net.Http.Json;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Volunteers.Activities;

namespace Platform.Volunteers.Tests;

public sealed class Listing_by_city_day(VolunteersFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Activities_are_listed_by_the_city_day_they_start_with_both_ends_included()
    {
        var leader = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(leader.Id);
        // 00:30 on 11 March in Guang'an is still 10 March in UTC; 23:30 on 10 March in Guang'an is 15:30 UTC.
        var early = await fixture.Client.PlanActivityAsync(team.Id, startsAt: new DateTimeOffset(2020, 3, 10, 16, 30, 0, TimeSpan.Zero), hours: 1);
        var late = await fixture.Client.PlanActivityAsync(team.Id, startsAt: new DateTimeOffset(2020, 3, 10, 15, 30, 0, TimeSpan.Zero), hours: 1);
        var list = $"/api/volunteers/activities?region={VolunteersFixture.Community}";

        var eleventh = await fixture.Client.GetFromJsonAsync<Page<ActivityResponse>>($"{list}&from=2020-03-11&to=2020-03-11", Testing.Json.Options, Cancel);
        var both = await fixture.Client.GetFromJsonAsync<Page<ActivityResponse>>($"{list}&from=2020-03-10&to=2020-03-11", Testing.Json.Options, Cancel);

        Assert.Equal([early.Id], eleventh!.Items.Select(a => a.Id));
        Assert.Equal([early.Id, late.Id], both!.Items.Select(a => a.Id));
        await (await fixture.Client.GetAsync($"{list}&from=2020-03-11&to=2020-03-10", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "to");
    }
}
