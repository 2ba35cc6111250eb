using Platform.Seeds.Generator;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// Party members of social organisations and their dual reports (双报到) to the communities they live in. A member is
/// recognised by name and the last four characters of the (masked) ID number; a member with an active report is skipped.
/// </summary>
public static class MembersStage
{
    private sealed record MemberDto(Guid Id, string Name, string ResidentIdNumber);

    private sealed record ReportDto(Guid Id, Guid? MemberId);

    public static Task<StageResult> RunAsync(SeedContext context, CancellationToken cancellationToken) =>
        Stage.RunAsync(context, "party members and dual reports", async () =>
        {
            var records = context.Data.Read("party-members.csv");
            var stored = (await context.Api.GetAllAsync<MemberDto>("party", "/api/party/members", 500, cancellationToken))
                .ToDictionary(m => m.Name + m.ResidentIdNumber[^4..], m => m.Id);
            var reported = (await context.Api.GetAllAsync<ReportDto>("party", $"/api/party/dual-reports?activeOnly=true&region={Targets.CityCode}", 500, cancellationToken))
                .Select(r => r.MemberId).OfType<Guid>().ToHashSet();
            var already = 0;
            var created = await context.ForEachAsync(records, async (r, ct) =>
            {
                if (!stored.TryGetValue(r["name"] + r["residentIdNumber"][^4..], out var id))
                {
                    var body = new { name = r["name"], residentIdNumber = r["residentIdNumber"], phone = r.Optional("phone"), organisationId = context.Ids[r["organisationKey"]] };
                    id = (await context.Api.SendAsync<MemberDto>("party", HttpMethod.Post, "/api/party/members", PlatformClient.JsonBody(body), ct)
                        ?? throw new InvalidOperationException($"{r["key"]} is registered but was not listed.")).Id;
                }

                if (reported.Contains(id))
                {
                    Interlocked.Increment(ref already);
                    return false;
                }

                await context.Api.SendAsync<ReportDto>("party", HttpMethod.Post, $"/api/party/members/{id}/reports",
                    PlatformClient.JsonBody(new { communityCode = r["reportedTo"] }), ct);
                return true;
            }, cancellationToken);
            return (records.Count, already, created);
        });
}
