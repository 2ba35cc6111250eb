using Microsoft.EntityFrameworkCore;
using Platform.Contracts.PartyBuilding;
using Platform.Contracts.Volunteers;
using Platform.Messaging;
using Platform.Testing;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Tests;

public sealed class Dual_reporting(VolunteersFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<Volunteer?> FindAsync(Guid memberId) =>
        fixture.InDbAsync(db => db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.PartyMemberId == memberId, Cancel));

    [Fact]
    public async Task A_reported_member_without_a_profile_gets_one_flagged_once_however_often_it_arrives()
    {
        var report = new PartyMemberReported(Guid.NewGuid(), Guid.NewGuid(), "赵六", IdNumbers.Next(), "13912345678",
            VolunteersFixture.Community, null, DateTimeOffset.UtcNow);

        await fixture.PublishAsync(report);
        await fixture.PublishAsync(report);

        var volunteer = await Eventually.UntilAsync(() => FindAsync(report.MemberId), v => v is not null, TimeSpan.FromSeconds(60), "the profile", Cancel);
        Assert.True(volunteer!.IsPartyMember);
        Assert.Equal(RegistrationSource.DualReporting, volunteer.Source);
        Assert.Equal("139****5678", volunteer.PhoneMasked);
        await Eventually.UntilAsync(
            () => fixture.InDbAsync(db => db.InboxMessages.CountAsync(m => m.Consumer == nameof(PartyMemberReportedConsumer), Cancel)),
            n => n >= 2, TimeSpan.FromSeconds(60), "both deliveries handled", Cancel);
        var hash = volunteer.IdNumberHash;
        Assert.Equal(1, await fixture.InDbAsync(db => db.Volunteers.CountAsync(v => v.IdNumberHash == hash, Cancel)));
        var registered = await fixture.OutboxMentioningAsync(volunteer.Id);
        Assert.True(Assert.Single(registered.Select(MessageTypes.Deserialize).OfType<VolunteerRegistered>()).IsPartyMember);
    }

    [Fact]
    public async Task A_registered_volunteer_is_linked_and_a_withdrawal_clears_the_flag()
    {
        var idNumber = IdNumbers.Next();
        var registered = await fixture.Client.RegisterAsync(idNumber);
        var memberId = Guid.NewGuid();

        await fixture.PublishAsync(new PartyMemberReported(Guid.NewGuid(), memberId, "张三", idNumber, null, VolunteersFixture.Community, Guid.NewGuid(), DateTimeOffset.UtcNow));

        var linked = await Eventually.UntilAsync(() => FindAsync(memberId), v => v is not null, TimeSpan.FromSeconds(60), "the link", Cancel);
        Assert.Equal(registered.Id, linked!.Id);
        Assert.True(linked.IsPartyMember);

        await fixture.PublishAsync(new PartyMemberWithdrawn(Guid.NewGuid(), memberId, idNumber, VolunteersFixture.Community, DateTimeOffset.UtcNow));

        await Eventually.UntilAsync(async () => await FindAsync(memberId) is null, TimeSpan.FromSeconds(60), "the flag to clear", Cancel);
        var profile = await (await fixture.Client.GetAsync($"/api/volunteers/volunteers/{registered.Id}", Cancel)).ReadAsync<VolunteerResponse>(System.Net.HttpStatusCode.OK);
        Assert.False(profile.IsPartyMember);
    }
}
