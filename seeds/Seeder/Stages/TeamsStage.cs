using Platform.Seeds.Generator;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>Five-colour teams one by one (no bulk path); a team is known by community and name. Maps the files' team ids to the service's.</summary>
public static class TeamsStage
{
    private sealed record TeamDto(Guid Id, string Name, string CommunityCode);

    public static Task<StageResult> RunAsync(SeedContext context, CancellationToken cancellationToken) =>
        Stage.RunAsync(context, "teams", async () =>
        {
            var records = context.Data.Read("teams.csv");
            var stored = await context.StoredAsync<TeamDto, (string, string)>(
                "volunteers", $"/api/volunteers/teams?region={Targets.CityCode}", 200, t => (t.CommunityCode, t.Name), cancellationToken);
            var created = await context.ForEachAsync(records, async (r, ct) =>
            {
                if (stored.TryGetValue((r["communityCode"], r["name"]), out var existing))
                {
                    context.Ids[$"team:{r["id"]}"] = existing.Id;
                    return false;
                }

                var body = new { name = r["name"], colour = r["colour"], communityCode = r["communityCode"], leaderId = r["leaderId"] };
                var team = await context.Api.SendAsync<TeamDto>("volunteers", HttpMethod.Post, "/api/volunteers/teams", PlatformClient.JsonBody(body), ct)
                    ?? throw new InvalidOperationException($"Team {r["name"]} conflicted.");
                context.Ids[$"team:{r["id"]}"] = team.Id;
                return true;
            }, cancellationToken);
            return (records.Count, records.Count - created, created);
        });
}
