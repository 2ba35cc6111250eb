using Platform.Seeds.Generator;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// Past activities planned and completed one by one (no bulk path); an activity is known by its title, which the files
/// number. Participants, hours and points are not loaded: Volunteers takes attendance only in real time (see README).
/// </summary>
public static class ActivitiesStage
{
    private sealed record ActivityDto(Guid Id, string Title, string Status);

    public static Task<StageResult> RunAsync(SeedContext context, CancellationToken cancellationToken) =>
        Stage.RunAsync(context, "activities", async () =>
        {
            var records = context.Data.Read("activities.csv");
            var stored = await context.StoredAsync<ActivityDto, string>(
                "volunteers", $"/api/volunteers/activities?region={Targets.CityCode}", 200, a => a.Title, cancellationToken);
            var already = 0;
            var created = await context.ForEachAsync(records, async (r, ct) =>
            {
                if (!stored.TryGetValue(r["title"], out var activity))
                {
                    var body = new
                    {
                        title = r["title"], category = r["category"], organiserTeamId = context.Ids[$"team:{r["teamId"]}"], communityCode = r["communityCode"],
                        startsAt = r["startsAt"], endsAt = r["endsAt"], capacity = int.Parse(r["capacity"], System.Globalization.CultureInfo.InvariantCulture),
                    };
                    activity = await context.Api.SendAsync<ActivityDto>("volunteers", HttpMethod.Post, "/api/volunteers/activities", PlatformClient.JsonBody(body), ct)
                        ?? throw new InvalidOperationException($"{r["title"]} conflicted.");
                }
                else if (activity.Status == "Completed")
                {
                    Interlocked.Increment(ref already);
                    return false;
                }

                await context.Api.SendAsync<ActivityDto>("volunteers", HttpMethod.Post, $"/api/volunteers/activities/{activity.Id}/complete", null, ct);
                return true;
            }, cancellationToken);
            return (records.Count, already, created);
        });
}
