using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Charity;
using Platform.Contracts.Incubation;
using Platform.Contracts.PartyBuilding;
using Platform.Contracts.Volunteers;
using static Platform.Reporting.Tests.ReportingFixture;

namespace Platform.Reporting.Tests;

public sealed class Counting_events(ReportingFixture fixture)
{
    private static readonly string[] Chain = [Community, Street, County, City];

    [Fact]
    public async Task An_event_moves_the_community_street_county_and_city_by_its_amount_once_even_when_redelivered()
    {
        var before = await OverviewsAsync();
        var otherCountyBefore = await fixture.Gateway.OverviewAsync(OtherCounty);
        var now = DateTimeOffset.UtcNow;
        var trendBefore = await MonthAsync(Street, now);
        var messages = new (object Message, Guid Id)[]
        {
            (new VolunteerRegistered(Guid.NewGuid(), Community, false, "Test", now), Guid.NewGuid()),
            (new ActivityCompleted(Guid.NewGuid(), ActivityCategory.SecurityPatrol, Community, Guid.NewGuid(), 12, 1, now), Guid.NewGuid()),
            (new ServiceHoursConfirmed(Guid.NewGuid(), Guid.NewGuid(), ActivityCategory.SecurityPatrol, Community, 90, false, now), Guid.NewGuid()),
            (new DonationReceived(Guid.NewGuid(), $"R-{Guid.NewGuid():N}", DonationKind.Money, DonorKind.Merchant, 123_456, Guid.NewGuid(), null, Community, now), Guid.NewGuid()),
            (new DonationReceived(Guid.NewGuid(), $"R-{Guid.NewGuid():N}", DonationKind.Goods, DonorKind.Resident, 50_000, null, Guid.NewGuid(), Community, now), Guid.NewGuid()),
            (new OrganisationFiled(Guid.NewGuid(), "龙镇邻里互助会", OrganisationKind.CommunitySocialOrganisation, Community, "BA-001", null, now), Guid.NewGuid()),
            (new SupermarketOpened(Guid.NewGuid(), "龙镇慈善超市", Community, now), Guid.NewGuid()),
        };

        // Each message twice with the same message id: the broker's redelivery.
        foreach (var (message, id) in messages.Concat(messages))
        {
            await fixture.PublishAsync(message, id);
        }

        foreach (var (_, id) in messages)
        {
            await fixture.AppliedAsync(id);
        }

        // Six of the seven touch the community's figures (goods are not money donations).
        await fixture.CacheVersionReachesAsync(Community, before[0].Version + 6);
        var after = await OverviewsAsync();
        for (var i = 0; i < Chain.Length; i++)
        {
            var (b, a) = (before[i].Overview, after[i].Overview);
            Assert.Equal(b.RegisteredVolunteers + 1, a.RegisteredVolunteers);
            Assert.Equal(b.VolunteerActivities + 1, a.VolunteerActivities);
            Assert.Equal(b.VolunteerActivityPersonTimes + 12, a.VolunteerActivityPersonTimes);
            Assert.Equal(b.VolunteerServiceMinutes + 90, a.VolunteerServiceMinutes);
            Assert.Equal(b.DonationsRaisedFen + 123_456, a.DonationsRaisedFen);
            Assert.Equal(b.FiledCommunitySocialOrganisations + 1, a.FiledCommunitySocialOrganisations);
            Assert.Equal(b.CharitySupermarkets + 1, a.CharitySupermarkets);
        }

        Assert.Equal(otherCountyBefore, await fixture.Gateway.OverviewAsync(OtherCounty));
        var trendAfter = await MonthAsync(Street, now);
        Assert.Equal(trendBefore.GetValueOrDefault("activitiesCompleted") + 1, trendAfter["activitiesCompleted"]);
        Assert.Equal(trendBefore.GetValueOrDefault("donationsFen") + 123_456, trendAfter["donationsFen"]);
        var ids = messages.Select(m => m.Id).ToList();
        Assert.Equal(messages.Length, await fixture.InDbAsync(db => db.StatFacts.CountAsync(f => ids.Contains(f.MessageId))));
    }

    [Fact]
    public async Task A_bulk_import_counts_its_volunteers_and_party_members_once_even_when_redelivered()
    {
        var (before, after) = await DeliveredTwiceAsync(new VolunteersImported(Guid.NewGuid(), Community, 4_321, 17, DateTimeOffset.UtcNow));

        for (var i = 0; i < Chain.Length; i++)
        {
            var (b, a) = (before[i].Overview, after[i].Overview);
            Assert.Equal(b.RegisteredVolunteers + 4_321, a.RegisteredVolunteers);
            Assert.Equal(b.PartyMemberVolunteers + 17, a.PartyMemberVolunteers);
        }
    }

    [Fact]
    public async Task Imported_attendance_adds_its_minutes_and_points_once_even_when_redelivered()
    {
        var (before, after) = await DeliveredTwiceAsync(
            new AttendanceImported(Guid.NewGuid(), Guid.NewGuid(), ActivityCategory.SecurityPatrol, Community, 3, 360, 60, DateTimeOffset.UtcNow));

        for (var i = 0; i < Chain.Length; i++)
        {
            var (b, a) = (before[i].Overview, after[i].Overview);
            Assert.Equal((b.VolunteerServiceMinutes + 360, b.VolunteerPointsCredited + 60), (a.VolunteerServiceMinutes, a.VolunteerPointsCredited));
            Assert.Equal((b.VolunteerActivities, b.VolunteerActivityPersonTimes), (a.VolunteerActivities, a.VolunteerActivityPersonTimes));
        }
    }

    /// <summary>Publishes one community event twice under one message id (the broker's redelivery); the overviews before and after, with one fact stored.</summary>
    private async Task<(List<(Statistics.RegionOverview Overview, long Version)> Before, List<(Statistics.RegionOverview Overview, long Version)> After)>
        DeliveredTwiceAsync(object message)
    {
        var before = await OverviewsAsync();
        var messageId = Guid.NewGuid();
        await fixture.PublishAsync(message, messageId);
        await fixture.PublishAsync(message, messageId);
        await fixture.AppliedAsync(messageId);
        await fixture.CacheVersionReachesAsync(Community, before[0].Version + 1);
        Assert.Equal(1, await fixture.InDbAsync(db => db.StatFacts.CountAsync(f => f.MessageId == messageId, Api.Cancel)));
        return (before, await OverviewsAsync());
    }

    [Fact]
    public async Task A_party_member_reporting_to_a_community_counts_as_dual_reported_and_through_Volunteers_as_a_volunteer_without_keeping_personal_data()
    {
        var before = await fixture.Gateway.OverviewAsync(Community);
        var messageId = Guid.NewGuid();
        var idNumber = "11010519491231002X";

        await fixture.PublishAsync(new PartyMemberReported(Guid.NewGuid(), Guid.NewGuid(), "李四", idNumber, null, Community, null, DateTimeOffset.UtcNow), messageId);

        // Reporting counts the report; Volunteers links or creates the member's profile and publishes VolunteerRegistered.
        await Platform.Testing.Eventually.UntilAsync(() => fixture.Gateway.OverviewAsync(Community),
            o => o.DualReportedPartyMembers == before.DualReportedPartyMembers + 1 && o.RegisteredVolunteers == before.RegisteredVolunteers + 1,
            TimeSpan.FromSeconds(60), "the member counted as reported and as a volunteer", Api.Cancel);
        var stored = await fixture.InDbAsync(db => db.StatFacts.Where(f => f.MessageId == messageId).Select(f => f.Payload).SingleAsync(Api.Cancel));
        Assert.DoesNotContain(idNumber, stored, StringComparison.Ordinal);
        using var payload = System.Text.Json.JsonDocument.Parse(stored);
        Assert.Equal("", payload.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_read_after_the_event_is_applied_is_never_the_cached_figure_from_before()
    {
        var cached = await fixture.Client.OverviewAsync(City);
        Assert.Equal(cached, await fixture.Client.OverviewAsync(City));

        await fixture.ApplyAsync(City, new TeamFormed(Guid.NewGuid(), "平安蓝服务队", TeamColour.SafetyBlue, OtherCommunity, Guid.NewGuid(), DateTimeOffset.UtcNow));

        Assert.Equal(cached.VolunteerTeams + 1, (await fixture.Client.OverviewAsync(City)).VolunteerTeams);
    }

    [Fact]
    public async Task The_newest_state_wins_whatever_order_the_events_arrive_in()
    {
        var before = await fixture.Client.OverviewAsync(Community);
        var (worker, organisation, compound) = (Guid.NewGuid(), Guid.NewGuid(), $"{Community}{Random.Shared.Next(100, 999)}");
        var t = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(t.UtcDateTime);
        await fixture.ApplyAsync(Community,
            // Unassigned before the (older) assignment arrives: the worker is not counted.
            new SocialWorkerUnassigned(worker, Guid.NewGuid(), Community, t),
            new SocialWorkerAssigned(worker, Guid.NewGuid(), Community, SocialWorkerLevel.Assistant, t.AddDays(-1)),
            // A regrade replaces the grade; an expired grade does not count.
            new OrganisationGraded(organisation, OrganisationKind.ProfessionalService, Community, 4, 80, today.AddYears(-1), today.AddYears(4), t.AddDays(-2)),
            new OrganisationGraded(organisation, OrganisationKind.ProfessionalService, Community, 5, 95, today, today.AddYears(5), t),
            new OrganisationGraded(Guid.NewGuid(), OrganisationKind.Hub, Community, 3, 70, today.AddYears(-6), today.AddYears(-1), t),
            // Version 2 arrives before version 1: the pilot with an owners' committee stands.
            new CompoundChanged(compound, Community, "OldCompound", true, null, "OwnersCommittee", 2, t),
            new CompoundChanged(compound, Community, "Resettlement", false, null, "None", 1, t.AddDays(-1)));

        var after = await fixture.Client.OverviewAsync(Community);
        Assert.Equal(before.SocialWorkers, after.SocialWorkers);
        Assert.Equal(before.Graded5AOrganisations + 1, after.Graded5AOrganisations);
        Assert.Equal(before.Graded4AOrganisations, after.Graded4AOrganisations);
        Assert.Equal(before.Graded3AOrganisations, after.Graded3AOrganisations);
        Assert.Equal(before.PilotCompounds + 1, after.PilotCompounds);
        Assert.Equal(before.OwnersAndManagementCommittees + 1, after.OwnersAndManagementCommittees);
    }

    [Fact]
    public async Task A_designated_community_facility_is_counted_by_kind_once_even_when_redelivered()
    {
        var before = await OverviewsAsync();
        var (station, featured) = (Guid.NewGuid(), Guid.NewGuid());
        var now = DateTimeOffset.UtcNow;

        foreach (var (message, id) in new (object, Guid)[]
                 {
                     (new CommunityFacilityDesignated(Guid.NewGuid(), Community + "101", Community, CommunityFacilityKind.NewCompoundStation, now), station),
                     (new CommunityFacilityDesignated(Guid.NewGuid(), Community, Community, CommunityFacilityKind.FeaturedCommunity, now), featured),
                 }.SelectMany(m => new[] { m, m }))
        {
            await fixture.PublishAsync(message, id);
        }

        await fixture.AppliedAsync(station);
        await fixture.AppliedAsync(featured);
        await fixture.CacheVersionReachesAsync(Community, before[0].Version + 2);
        var after = await OverviewsAsync();
        for (var i = 0; i < Chain.Length; i++)
        {
            var (b, a) = (before[i].Overview, after[i].Overview);
            Assert.Equal(b.NewCompoundStations + 1, a.NewCompoundStations);
            Assert.Equal(b.FeaturedCommunities + 1, a.FeaturedCommunities);
            Assert.Equal((b.NewCommunityPartyServiceCentres, b.RenovatedCommunityCentres), (a.NewCommunityPartyServiceCentres, a.RenovatedCommunityCentres));
        }
    }

    /// <summary>The monthly figures of a region for the city month of <paramref name="at"/>.</summary>
    private async Task<IReadOnlyDictionary<string, long>> MonthAsync(string region, DateTimeOffset at)
    {
        var month = Statistics.CityMonth.Of(at).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var months = await (await fixture.Gateway.GetAsync($"/api/reporting/trends/{region}?from={month}&to={month}", Api.Cancel))
            .ExpectAsync<Trends.Trends>(System.Net.HttpStatusCode.OK);
        return months.Months.SingleOrDefault()?.Figures ?? new Dictionary<string, long>();
    }

    private async Task<List<(Statistics.RegionOverview Overview, long Version)>> OverviewsAsync()
    {
        var result = new List<(Statistics.RegionOverview, long)>();
        foreach (var region in Chain)
        {
            result.Add((await fixture.Gateway.OverviewAsync(region), await fixture.CacheVersionAsync(region)));
        }

        return result;
    }
}
