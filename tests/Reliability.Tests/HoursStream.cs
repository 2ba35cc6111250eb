using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.Testing;

namespace Platform.Reliability.Tests;

/// <summary>
/// The stream under test: one activity of a scenario's own community whose volunteers all checked out after 60 minutes;
/// the organiser confirms each volunteer's hours through the gateway. Each confirmation is uniquely identified by
/// (activity, volunteer) and produces, in one Volunteers transaction, a ServiceHoursConfirmed event and a PointsCredited
/// ledger entry (10 points); Reporting applies the event into its service minutes exactly once through its inbox.
/// </summary>
public sealed class HoursStream
{
    public const int MinutesEach = 60;
    private const string Volunteers = "volunteersdb";
    private const string Reporting = "reportingdb";
    private const string Facts = "FROM stat_facts WHERE message_type = 'ServiceHoursConfirmed' AND payload->>'activityId' = @activity";

    private readonly ReliabilityFixture _platform;
    private readonly ConcurrentDictionary<HttpStatusCode, int> _answers = new();
    private readonly Guid[] _volunteerIds;
    private readonly Guid _activityId;
    private readonly string _community;

    private HoursStream(ReliabilityFixture platform, string community, Guid activityId, Guid[] volunteerIds)
    {
        _platform = platform;
        _community = community;
        _activityId = activityId;
        _volunteerIds = volunteerIds;
    }

    public int Sent => _volunteerIds.Length;

    /// <summary>The status codes the confirmations were answered with (0: no answer).</summary>
    public string Answers => string.Join(", ", _answers.OrderBy(a => a.Key).Select(a => $"{(int)a.Key}×{a.Value}"));

    /// <summary>
    /// Volunteers imported (CSV), a team and an activity planned through the gateway; the attendance (sign-up, check-in,
    /// check-out: three requests a volunteer, not what is under test) is written straight into Volunteers' database.
    /// </summary>
    public static async Task<HoursStream> PrepareAsync(ReliabilityFixture platform, int scenario, string name, int count)
    {
        var community = await platform.CommunityAsync(scenario, name);
        var ids = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
        var csv = new StringBuilder("id,name,idNumber,communityCode\n");
        for (var i = 0; i < count; i++)
        {
            csv.Append($"{ids[i]},志愿者{scenario}-{i},{IdNumbers.For(scenario, i)},{community}\n");
        }

        var import = await platform.Gateway.PostAsync("/api/volunteers/volunteers/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        var imported = await import.Content.ReadFromJsonAsync<JsonImport>();
        Assert.True(imported?.Imported == count, $"import: {(int)import.StatusCode} {imported}");

        var team = await CreatedIdAsync(platform.Gateway, "/api/volunteers/teams", new { name = $"故障队{scenario}", colour = "PioneerRed", communityCode = community, leaderId = ids[0] });
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        var activity = await CreatedIdAsync(platform.Gateway, "/api/volunteers/activities", new
        {
            title = $"故障注入{scenario}", category = "SecurityPatrol", organiserTeamId = team, communityCode = community,
            startsAt = start, endsAt = start.AddHours(3), capacity = count,
        });
        await platform.ExecuteAsync(Volunteers, """
            INSERT INTO participations (activity_id, volunteer_id, status, signed_up_at, checked_in_at, checked_out_at)
            SELECT @activity, v, 'CheckedOut', @start, @start, @end FROM unnest(@ids) AS v;
            UPDATE activities SET signed_up = @count WHERE id = @activity;
            """, ("activity", activity), ("start", start), ("end", start.AddMinutes(MinutesEach)), ("ids", ids), ("count", count));
        return new HoursStream(platform, community, activity, ids);
    }

    /// <summary>Every confirmation once, eight at a time, as organisers' clients would.</summary>
    public Task SendAsync() => Parallel.ForEachAsync(_volunteerIds, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (volunteer, ct) =>
    {
        HttpStatusCode status;
        try
        {
            using var response = await _platform.Gateway.PostAsJsonAsync(
                $"/api/volunteers/activities/{_activityId}/participants/{volunteer}/hours", new { }, ct);
            status = response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            status = 0;
        }

        _answers.AddOrUpdate(status, 1, (_, n) => n + 1);
    });

    /// <summary>Confirmations Reporting has applied so far (distinct ids).</summary>
    public Task<long> AppliedAsync() =>
        _platform.CountAsync(Reporting, "SELECT count(DISTINCT payload->>'volunteerId') " + Facts, ("activity", _activityId.ToString()));

    /// <summary>Waits until Reporting has applied every confirmation Volunteers committed, then reads the whole ledger.</summary>
    public async Task<Ledger> DrainAsync(TimeSpan timeout)
    {
        var confirmed = await ConfirmedAsync();
        await Eventually.UntilAsync(async () => await AppliedAsync() >= confirmed, timeout, $"Reporting to apply {confirmed} confirmations",
            TestContext.Current.CancellationToken);
        return await LedgerAsync();
    }

    public async Task<Ledger> LedgerAsync()
    {
        var activity = ("activity", (object)_activityId);
        var activityText = ("activity", (object)_activityId.ToString());
        return new Ledger(
            Sent,
            _answers.GetValueOrDefault(HttpStatusCode.OK),
            await ConfirmedAsync(),
            await _platform.CountAsync(Volunteers, "SELECT count(*) FROM points_entries WHERE activity_id = @activity", activity),
            await _platform.CountAsync(Volunteers, """
                SELECT count(*) FROM outbox_messages
                WHERE message_type LIKE 'Platform.Contracts.Volunteers.ServiceHoursConfirmed%' AND payload->>'activityId' = @activity
                """, activityText),
            await AppliedAsync(),
            await _platform.CountAsync(Reporting, "SELECT count(*) " + Facts, activityText),
            await _platform.CountAsync(Reporting, $"""
                SELECT count(*) FROM inbox_messages
                WHERE consumer = 'Statistics.ServiceHoursConfirmed' AND message_id IN (SELECT message_id {Facts})
                """, activityText),
            await _platform.CountAsync(Reporting,
                "SELECT coalesce(sum(value), 0) FROM stat_monthly WHERE region_code = @community AND figure = 'serviceMinutes'",
                ("community", _community)));
    }

    private Task<long> ConfirmedAsync() =>
        _platform.CountAsync(Volunteers, "SELECT count(*) FROM hours_confirmations WHERE activity_id = @activity", ("activity", _activityId));

    private static async Task<Guid> CreatedIdAsync(HttpClient gateway, string path, object body)
    {
        using var response = await gateway.PostAsJsonAsync(path, body);
        var created = await response.Content.ReadFromJsonAsync<JsonCreated>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode}");
        return created!.Id;
    }

    private sealed record JsonImport(int Rows, int Imported, int Rejected);

    private sealed record JsonCreated(Guid Id);
}

/// <summary>
/// What was sent and what came of it. Lost: confirmed by Volunteers but never applied by Reporting. Doubled: effects
/// beyond one per confirmation (extra statistics facts, or service minutes beyond 60 per applied confirmation).
/// </summary>
public sealed record Ledger(
    long Sent, long Answered, long Confirmed, long PointsCredited, long Published, long Applied, long Facts, long InboxRows, long ServiceMinutes)
{
    public long Lost => Confirmed - Applied;

    public long Doubled => Facts - Applied + (ServiceMinutes - HoursStream.MinutesEach * Applied) / HoursStream.MinutesEach;

    public override string ToString() =>
        $"sent {Sent}, answered 200 {Answered}, confirmed {Confirmed} (points credits {PointsCredited}, ServiceHoursConfirmed in the outbox {Published}), " +
        $"applied {Applied} (statistics facts {Facts}, inbox rows {InboxRows}, service minutes {ServiceMinutes}), lost {Lost}, doubled {Doubled}";
}
