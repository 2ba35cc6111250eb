using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Charity;
using Platform.Contracts.Volunteers;
using Platform.Data;
using Platform.Messaging;
using Platform.Testing;
using Platform.Volunteers.Activities;
using Platform.Volunteers.Data;
using Platform.Volunteers.Points;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Tests;

public sealed class Spending_love_points(VolunteersFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A volunteer with 100 points: two confirmed hours at 50 points an hour.</summary>
    private async Task<Guid> VolunteerWith100PointsAsync()
    {
        var leader = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(leader.Id);
        var activity = await fixture.Client.PlanActivityAsync(team.Id, category: VolunteersFixture.RichCategory);
        var volunteer = await fixture.Client.RegisterAsync();
        await fixture.Client.AttendAsync(activity.Id, volunteer.Id);
        var confirmed = await (await fixture.Client.ConfirmHoursAsync(activity.Id, volunteer.Id, 120, "两小时")).ReadAsync<HoursConfirmedResponse>(HttpStatusCode.OK);
        Assert.Equal(100, confirmed.PointsCredited);
        return volunteer.Id;
    }

    private async Task<PointsStatementResponse?> StatementAsync(Guid volunteer, string query = "") =>
        await (await fixture.Client.GetAsync($"/api/volunteers/volunteers/{volunteer}/points{query}", Cancel)).ReadAsync<PointsStatementResponse>(HttpStatusCode.OK);

    private async Task<List<object>> AnswersAsync(Guid volunteer) =>
        (await fixture.OutboxMentioningAsync(volunteer))
        .Select(MessageTypes.Deserialize).Where(e => e is PointsDebited or PointsDebitRefused or PointsReversed).ToList();

    private static PointsRedemptionRequested Redemption(Guid volunteer, long points = 10) =>
        new(Guid.NewGuid(), volunteer, points, Guid.NewGuid(), DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_redemption_cancelled_before_its_request_arrives_is_refused_and_debits_nothing_however_often_both_arrive()
    {
        var volunteer = await VolunteerWith100PointsAsync();
        var request = Redemption(volunteer);
        var cancelled = new PointsRedemptionCancelled(request.RedemptionId, volunteer, DateTimeOffset.UtcNow);

        Task<bool> InLedgerAsync(Func<PointsLedger, CancellationToken, Task<bool>> work) => fixture.InScopeAsync(services =>
            services.GetRequiredService<VolunteersDb>().InTransactionAsync(async ct =>
            {
                var done = await work(services.GetRequiredService<PointsLedger>(), ct);
                await services.GetRequiredService<VolunteersDb>().SaveChangesAsync(ct);
                return done;
            }, Cancel));
        await InLedgerAsync(async (ledger, ct) => { await ledger.ReverseAsync(cancelled, ct); return true; });
        await InLedgerAsync(async (ledger, ct) => { await ledger.ReverseAsync(cancelled, ct); return true; });
        var debited = new[] { await InLedgerAsync((ledger, ct) => ledger.DebitAsync(request, ct)), await InLedgerAsync((ledger, ct) => ledger.DebitAsync(request, ct)) };

        Assert.Equal([false, false], debited);
        Assert.Equal(100, (await StatementAsync(volunteer))!.Balance);
        var answers = await AnswersAsync(volunteer);
        Assert.Empty(answers.OfType<PointsDebited>());
        Assert.Empty(answers.OfType<PointsReversed>());
        Assert.Equal(2, answers.OfType<PointsDebitRefused>().Count(r => r.RedemptionId == request.RedemptionId));
    }

    [Fact]
    public async Task Fifty_concurrent_debits_of_10_against_100_points_exactly_10_succeed()
    {
        var volunteer = await VolunteerWith100PointsAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => fixture.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<VolunteersDb>();
            var ledger = services.GetRequiredService<PointsLedger>();
            return db.InTransactionAsync(async ct =>
            {
                var debited = await ledger.DebitAsync(Redemption(volunteer), ct);
                await db.SaveChangesAsync(ct);
                return debited;
            }, Cancel);
        }), Cancel)));

        Assert.Equal(10, outcomes.Count(debited => debited));
        Assert.Equal(0, (await StatementAsync(volunteer))!.Balance);
        var answers = await AnswersAsync(volunteer);
        Assert.Equal(10, answers.OfType<PointsDebited>().Count());
        Assert.Equal(40, answers.OfType<PointsDebitRefused>().Count());
        Assert.All(answers.OfType<PointsDebited>(), d => Assert.InRange(d.Balance, 0, 90));
    }

    [Fact]
    public async Task Fifty_redemptions_requested_on_the_bus_at_once_debit_exactly_10_and_refuse_40()
    {
        var volunteer = await VolunteerWith100PointsAsync();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => fixture.PublishAsync(Redemption(volunteer))));

        var answers = await Eventually.UntilAsync(() => AnswersAsync(volunteer), a => a.Count == 50, TimeSpan.FromSeconds(60), "50 answers", Cancel);
        Assert.Equal(10, answers.OfType<PointsDebited>().Count());
        Assert.Equal(40, answers.OfType<PointsDebitRefused>().Count());
        Assert.Equal(0, (await StatementAsync(volunteer))!.Balance);
    }

    [Fact]
    public async Task A_redelivered_or_repeated_redemption_debits_once()
    {
        var volunteer = await VolunteerWith100PointsAsync();
        var redemption = Redemption(volunteer, 30);
        var messageId = NewId.NextGuid();
        var bus = fixture.InScopeAsync(services => Task.FromResult(services.GetRequiredService<IBus>()));

        await (await bus).Publish(redemption, c => c.MessageId = messageId, Cancel);
        await (await bus).Publish(redemption, c => c.MessageId = messageId, Cancel);
        await fixture.PublishAsync(redemption);

        var answers = await Eventually.UntilAsync(() => AnswersAsync(volunteer), a => a.Count == 2, TimeSpan.FromSeconds(60), "an answer to each distinct message", Cancel);
        Assert.All(answers, a => Assert.Equal(redemption.RedemptionId, Assert.IsType<PointsDebited>(a).RedemptionId));
        Assert.Equal(70, (await StatementAsync(volunteer))!.Balance);
        Assert.Equal(1, await fixture.InDbAsync(db => db.PointsEntries.CountAsync(e => e.RedemptionId == redemption.RedemptionId, Cancel)));
    }

    [Fact]
    public async Task A_cancelled_redemption_is_reversed_once()
    {
        var volunteer = await VolunteerWith100PointsAsync();
        var redemption = Redemption(volunteer, 40);
        await fixture.PublishAsync(redemption);
        await Eventually.UntilAsync(() => AnswersAsync(volunteer), a => a.Count == 1, TimeSpan.FromSeconds(60), "the debit", Cancel);

        var cancelled = new PointsRedemptionCancelled(redemption.RedemptionId, volunteer, DateTimeOffset.UtcNow);
        await fixture.PublishAsync(cancelled);
        await fixture.PublishAsync(cancelled);

        await Eventually.UntilAsync(async () => (await StatementAsync(volunteer))!.Balance == 100, TimeSpan.FromSeconds(60), "the reversal", Cancel);
        var statement = await StatementAsync(volunteer);
        Assert.Equal([PointsEntryKind.Credit, PointsEntryKind.Debit, PointsEntryKind.Reversal], statement!.Entries.Select(e => e.Kind));
        await Eventually.UntilAsync(
            () => fixture.InDbAsync(db => db.InboxMessages.CountAsync(m => m.Consumer == nameof(PointsRedemptionCancelledConsumer), Cancel)),
            n => n >= 2, TimeSpan.FromSeconds(60), "both cancellations handled", Cancel);
        Assert.Single((await AnswersAsync(volunteer)).OfType<PointsReversed>());
        Assert.Equal(100, (await StatementAsync(volunteer))!.Balance);
    }

    [Fact]
    public async Task A_statement_for_a_period_of_city_days_starts_from_the_balance_before_it_and_includes_both_ends()
    {
        var volunteer = await VolunteerWith100PointsAsync();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var later = await StatementAsync(volunteer, $"?from={Day(today.AddDays(1))}");
        var todayOnly = await StatementAsync(volunteer, $"?from={Day(today)}&to={Day(today)}");

        Assert.Equal((100, 100, 100), (later!.OpeningBalance, later.ClosingBalance, later.Balance));
        Assert.Empty(later.Entries);
        Assert.Equal((0, 100), (todayOnly!.OpeningBalance, todayOnly.ClosingBalance));
        Assert.Single(todayOnly.Entries);
        await (await fixture.Client.GetAsync($"/api/volunteers/volunteers/{volunteer}/points?from={Day(today)}&to={Day(today.AddDays(-1))}", Cancel))
            .ProblemAsync(HttpStatusCode.BadRequest, "to");
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.GetAsync($"/api/volunteers/volunteers/{Guid.NewGuid()}/points", Cancel)).StatusCode);
    }
}
