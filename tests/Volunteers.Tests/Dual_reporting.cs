using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task A_withdrawal_delivered_before_the_report_it_withdraws_leaves_the_flag_clear_however_often_both_arrive()
    {
        var idNumber = IdNumbers.Next();
        var registered = await fixture.Client.RegisterAsync(idNumber);
        var (memberId, reportedAt) = (Guid.NewGuid(), WholeSeconds(DateTimeOffset.UtcNow.AddMinutes(-1)));
        var report = new PartyMemberReported(Guid.NewGuid(), memberId, "李四", idNumber, null, VolunteersFixture.Community, null, reportedAt);
        var withdrawal = new PartyMemberWithdrawn(report.ReportId, memberId, idNumber, VolunteersFixture.Community, reportedAt.AddSeconds(30));

        List<Guid> sent = [await PublishAsync(withdrawal), await PublishAsync(withdrawal)];
        await Eventually.UntilAsync(() => HandledAsync(sent), n => n == 2, TimeSpan.FromSeconds(60), "the withdrawals", Cancel);
        sent.AddRange([await PublishAsync(report), await PublishAsync(report)]);
        await Eventually.UntilAsync(() => HandledAsync(sent), n => n == 4, TimeSpan.FromSeconds(60), "the late reports", Cancel);

        var volunteer = await fixture.InDbAsync(db => db.Volunteers.AsNoTracking().SingleAsync(v => v.Id == registered.Id, Cancel));
        Assert.Equal((false, null, withdrawal.WithdrawnAt), (volunteer.IsPartyMember, volunteer.PartyMemberId, volunteer.PartyMembershipChangedAt));
    }

    [Fact]
    public async Task A_report_made_after_a_withdrawal_flags_the_member_again_whichever_arrives_first()
    {
        var idNumber = IdNumbers.Next();
        var registered = await fixture.Client.RegisterAsync(idNumber);
        var memberId = Guid.NewGuid();
        var withdrawnAt = WholeSeconds(DateTimeOffset.UtcNow.AddMinutes(-1));
        var withdrawal = new PartyMemberWithdrawn(Guid.NewGuid(), memberId, idNumber, VolunteersFixture.Community, withdrawnAt);
        var again = new PartyMemberReported(Guid.NewGuid(), memberId, "李四", idNumber, null, VolunteersFixture.Community, null, withdrawnAt.AddSeconds(30));

        List<Guid> sent = [await PublishAsync(again)];
        await Eventually.UntilAsync(() => HandledAsync(sent), n => n == 1, TimeSpan.FromSeconds(60), "the newer report", Cancel);
        sent.Add(await PublishAsync(withdrawal));
        await Eventually.UntilAsync(() => HandledAsync(sent), n => n == 2, TimeSpan.FromSeconds(60), "the older withdrawal", Cancel);

        var volunteer = await fixture.InDbAsync(db => db.Volunteers.AsNoTracking().SingleAsync(v => v.Id == registered.Id, Cancel));
        Assert.Equal((true, memberId, again.ReportedAt), (volunteer.IsPartyMember, volunteer.PartyMemberId, volunteer.PartyMembershipChangedAt));
    }

    /// <summary>PostgreSQL keeps microseconds, so times compared after a round trip are made without the finer ticks.</summary>
    private static DateTimeOffset WholeSeconds(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());

    /// <summary>Publishes with a message id of our own, to see in the inbox when this very delivery has been handled.</summary>
    private async Task<Guid> PublishAsync<T>(T message) where T : class
    {
        var id = NewId.NextGuid();
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IBus>().Publish(message, context => context.MessageId = id, Cancel);
        return id;
    }

    private Task<int> HandledAsync(List<Guid> messageIds) =>
        fixture.InDbAsync(db => db.InboxMessages.CountAsync(m => messageIds.Contains(m.MessageId), Cancel));
}
