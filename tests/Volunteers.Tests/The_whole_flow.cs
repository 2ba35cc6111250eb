using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Charity;
using Platform.Contracts.PartyBuilding;
using Platform.Testing;
using Platform.Volunteers.Activities;
using Platform.Volunteers.Points;
using Platform.Volunteers.Teams;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Tests;

/// <summary>The volunteer's journey through the gateway, then a search for personal data left in the open.</summary>
public sealed partial class The_whole_flow(VolunteersFixture fixture)
{
    private const string Phone = "13712345678";

    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Register_join_sign_up_check_in_and_out_confirm_and_see_the_points_through_the_gateway_crediting_once()
    {
        var gateway = fixture.Gateway;
        var leader = await gateway.RegisterAsync(phone: Phone);
        var team = await gateway.FormTeamAsync(leader.Id);
        var volunteer = await gateway.RegisterAsync(phone: Phone);
        await (await gateway.PostAsJsonAsync($"/api/volunteers/teams/{team.Id}/members", new { volunteerId = volunteer.Id }, Cancel))
            .ReadAsync<MembershipResponse>(HttpStatusCode.Created);
        var activity = await gateway.PlanActivityAsync(team.Id, category: VolunteersFixture.RichCategory);

        await (await gateway.SignUpAsync(activity.Id, volunteer.Id)).ReadAsync<ParticipationResponse>(HttpStatusCode.Created);
        await (await gateway.CheckInAsync(activity.Id, volunteer.Id, DateTimeOffset.UtcNow.AddMinutes(-90))).ReadAsync<ParticipationResponse>(HttpStatusCode.OK);
        await (await gateway.CheckOutAsync(activity.Id, volunteer.Id)).ReadAsync<ParticipationResponse>(HttpStatusCode.OK);
        var confirmations = await Task.WhenAll(gateway.ConfirmHoursAsync(activity.Id, volunteer.Id), gateway.ConfirmHoursAsync(activity.Id, volunteer.Id));
        var confirmed = await confirmations.Single(r => r.StatusCode == HttpStatusCode.OK).ReadAsync<HoursConfirmedResponse>(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, confirmations.Single(r => r.StatusCode != HttpStatusCode.OK).StatusCode);
        await (await gateway.ConfirmHoursAsync(activity.Id, volunteer.Id)).ProblemAsync(HttpStatusCode.Conflict, "volunteerId");

        Assert.Equal(75, confirmed.PointsCredited);
        var statement = await (await gateway.GetAsync($"/api/volunteers/volunteers/{volunteer.Id}/points", Cancel)).ReadAsync<PointsStatementResponse>(HttpStatusCode.OK);
        Assert.Equal(75, statement.Balance);
        Assert.Equal(PointsEntryKind.Credit, Assert.Single(statement.Entries).Kind);
        var history = await (await gateway.GetAsync($"/api/volunteers/volunteers/{volunteer.Id}/history", Cancel)).ReadAsync<VolunteerHistoryResponse>(HttpStatusCode.OK);
        Assert.Equal((90, 75L), (history.ConfirmedMinutes, history.PointsBalance));
        Assert.Equal(ParticipationStatus.Confirmed, Assert.Single(history.Activities).Status);
    }

    [Fact]
    public async Task No_response_log_line_or_span_holds_an_unmasked_id_number_or_phone()
    {
        await Register_join_sign_up_check_in_and_out_confirm_and_see_the_points_through_the_gateway_crediting_once();
        var duplicate = IdNumbers.Next();
        await fixture.Gateway.RegisterAsync(duplicate, Phone);
        var again = await fixture.Gateway.PostAsJsonAsync("/api/volunteers/volunteers",
            new { name = "重复", idNumber = duplicate, phone = Phone, communityCode = VolunteersFixture.Community }, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        await (await fixture.Gateway.PostAsJsonAsync("/api/volunteers/volunteers",
            new { name = "坏号", idNumber = IdNumbers.WithBadCheckDigit(IdNumbers.Next()), phone = Phone, communityCode = VolunteersFixture.Community }, Cancel))
            .ProblemAsync(HttpStatusCode.BadRequest, "idNumber");
        var memberId = Guid.NewGuid();
        await fixture.PublishAsync(new PartyMemberReported(Guid.NewGuid(), memberId, "党员", IdNumbers.Next(), Phone, VolunteersFixture.Community, null, DateTimeOffset.UtcNow));
        await Eventually.UntilAsync(() => fixture.InDbAsync(db => db.Volunteers.AnyAsync(v => v.PartyMemberId == memberId, Cancel)),
            TimeSpan.FromSeconds(60), "the dual-reported member", Cancel);
        await fixture.PublishAsync(new PointsRedemptionRequested(Guid.NewGuid(), memberId, 10, Guid.NewGuid(), DateTimeOffset.UtcNow));
        await fixture.Gateway.PostAsync("/api/volunteers/volunteers/import",
            new StringContent($"name,idNumber,phone,communityCode\n导入,{IdNumbers.Next()},{Phone},{VolunteersFixture.Community}\n导入,{IdNumbers.Next()},bad,{VolunteersFixture.Community}\n",
                System.Text.Encoding.UTF8, "text/csv"), Cancel);

        var issued = IdNumbers.All.ToHashSet();
        var recorded = fixture.Recorder.Responses.Select(r => ("response", r))
            .Concat(fixture.Recorder.Logs.Select(l => ("log", l)))
            .Concat(fixture.Recorder.Spans.Select(s => ("span", s)))
            .ToList();
        Assert.Contains(recorded, r => r.Item1 == "log");
        Assert.Contains(recorded, r => r.Item1 == "span" && r.Item2.Contains("/api/volunteers/volunteers", StringComparison.Ordinal));
        Assert.Contains(recorded, r => r.Item1 == "response" && r.Item2.Contains("138****5678", StringComparison.Ordinal) is false && r.Item2.Contains("137****5678", StringComparison.Ordinal));
        var leaks = recorded
            .Where(r => r.Item2.Contains(Phone, StringComparison.Ordinal) || r.Item2.Contains("13812345678", StringComparison.Ordinal)
                || IdNumberLike().Matches(r.Item2).Any(m => issued.Contains(m.Value)))
            .Select(r => $"{r.Item1}: {r.Item2[..Math.Min(300, r.Item2.Length)]}")
            .ToList();
        Assert.Empty(leaks);
    }

    [GeneratedRegex("[0-9]{17}[0-9X]")]
    private static partial Regex IdNumberLike();
}
