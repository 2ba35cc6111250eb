using Platform.Seeds.Generator;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// Incubation: centres (one by one, few), organisations through the bulk import with their target states and grades,
/// projects (red pairing with PartyBuilding's committees; one by one, few), then social work rooms and workers through
/// their import. Incubation gives its own ids, so organisations are known by community and name, workers by the
/// certificate number the seeder derives from the file's id, rooms by community.
/// </summary>
public static class IncubationStage
{
    private const string Service = "incubation";
    private const int ImportChunk = 5_000;

    private sealed record CentreDto(Guid Id, string Name);

    private sealed record OrganisationDto(Guid Id, string Name, string CommunityCode);

    private sealed record ProjectDto(string Title);

    private sealed record RoomDto(string CommunityCode);

    private sealed record WorkerDto(string CertificateNumber);

    private sealed record OrganisationImportDto(int Imported);

    private sealed record SocialWorkImportDto(int RoomsOpened, int WorkersRegistered, int WorkersAssigned);

    public static async Task<IReadOnlyList<StageResult>> RunAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var centres = await Stage.RunAsync(context, "incubation centres", () => CentresAsync(context, cancellationToken));
        var organisations = await Stage.RunAsync(context, "social organisations", () => OrganisationsAsync(context, cancellationToken));
        return
        [
            centres, organisations,
            await Stage.RunAsync(context, "projects", () => ProjectsAsync(context, cancellationToken)),
            await Stage.RunAsync(context, "social work rooms and workers", () => SocialWorkAsync(context, cancellationToken)),
        ];
    }

    private static async Task<(int, int, int)> CentresAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var records = context.Data.Read("incubation-centres.csv");
        var stored = await StoredCentresAsync(context, cancellationToken);
        var created = await context.ForEachAsync(records.Where(r => !stored.ContainsKey(r["name"])), async (r, ct) =>
        {
            var body = new
            {
                name = r["name"], level = r["level"], regionCode = r["regionCode"], areaSquareMetres = int.Parse(r["areaSquareMetres"], System.Globalization.CultureInfo.InvariantCulture),
                functions = r["functions"].Split(';', StringSplitOptions.RemoveEmptyEntries),
            };
            return await context.Api.SendAsync<CentreDto>(Service, HttpMethod.Post, "/api/incubation/centres", PlatformClient.JsonBody(body), ct) is not null;
        }, cancellationToken);
        return (records.Count, records.Count - created, created);
    }

    private static async Task<Dictionary<string, Guid>> StoredCentresAsync(SeedContext context, CancellationToken cancellationToken) =>
        (await context.Api.GetAllAsync<CentreDto>(Service, $"/api/incubation/centres?region={Targets.CityCode}", 500, cancellationToken))
            .ToDictionary(c => c.Name, c => c.Id, StringComparer.Ordinal);

    private static async Task<(int, int, int)> OrganisationsAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var records = context.Data.Read("social-organisations.csv");
        var centreNames = context.Data.Read("incubation-centres.csv").ToDictionary(r => r["id"], r => r["name"], StringComparer.Ordinal);
        var stored = await StoredOrganisationsAsync(context, cancellationToken);
        var missing = records.Where(r => !stored.ContainsKey(OrganisationKey(r["communityCode"], r["name"]))).ToList();
        var created = 0;
        foreach (var chunk in missing.Chunk(ImportChunk))
        {
            var rows = chunk.Select(r => new
            {
                organisation = new
                {
                    name = r["name"], kind = r["kind"], communityCode = r["communityCode"], contactName = "社区联络员 (seed)",
                    creditCode = r.Optional("creditCode"), fields = new[] { r["field"] },
                    reason = r["status"] == "Revoked" ? "seed: revoked on the register" : null,
                },
                // A registered organisation (hub, platform, professional) is active from the start: the import files it.
                state = r["status"] == "Registered" ? "Filed" : r["status"],
                centreName = r.Optional("centreId") is { } centre && r["status"] is "Incubating" or "Graduated" ? centreNames[centre] : null,
                grade = r.Optional("grade") is { } grade
                    ? new { grade = int.Parse(grade, System.Globalization.CultureInfo.InvariantCulture), score = int.Parse(r["score"], System.Globalization.CultureInfo.InvariantCulture), evaluatedOn = r["evaluatedOn"] }
                    : null,
            }).ToList();
            var report = await context.Api.SendAsync<OrganisationImportDto>(Service, HttpMethod.Post, "/api/incubation/organisations/import",
                PlatformClient.JsonBody(new { organisations = rows }), cancellationToken)
                ?? throw new InvalidOperationException("The organisation import conflicts with organisations the seeder did not list.");
            created += report.Imported;
        }

        return (records.Count, records.Count - missing.Count, created);
    }

    private static async Task<Dictionary<string, Guid>> StoredOrganisationsAsync(SeedContext context, CancellationToken cancellationToken) =>
        (await context.Api.GetAllAsync<OrganisationDto>(Service, $"/api/incubation/organisations?region={Targets.CityCode}", 200, cancellationToken))
            .ToDictionary(o => OrganisationKey(o.CommunityCode, o.Name), o => o.Id, StringComparer.Ordinal);

    private static string OrganisationKey(string community, string name) => $"{community}/{name}";

    private static async Task<(int, int, int)> ProjectsAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var records = context.Data.Read("projects.csv");
        var stored = await StoredOrganisationsAsync(context, cancellationToken);
        var organisationIds = context.Data.Read("social-organisations.csv")
            .ToDictionary(r => r["id"], r => stored[OrganisationKey(r["communityCode"], r["name"])], StringComparer.Ordinal);
        var partyIds = context.Data.Read("party-organisations.csv").ToDictionary(r => r["key"], r => r["id"], StringComparer.Ordinal);
        var created = 0;
        await context.ForEachAsync(records.GroupBy(r => organisationIds[r["organisationId"]]), async (projects, ct) =>
        {
            // An organisation has a handful of projects: one page of the largest size holds them all.
            var titles = ((await context.Api.GetOrDefaultAsync<Page<ProjectDto>>(Service, $"/api/incubation/organisations/{projects.Key}/projects?pageSize=500", ct))?.Items ?? [])
                .Select(p => p.Title).ToHashSet(StringComparer.Ordinal);
            foreach (var r in projects.Where(r => !titles.Contains(r["title"])))
            {
                await CreateProjectAsync(context, projects.Key, r, partyIds, ct);
                Interlocked.Increment(ref created);
            }

            return true;
        }, cancellationToken);
        return (records.Count, records.Count - created, created);
    }

    private static async Task CreateProjectAsync(SeedContext context, Guid organisationId, Generator.Output.CsvRecord r, Dictionary<string, string> partyIds, CancellationToken ct)
    {
        var body = new
        {
            organisationId, kind = r["kind"], title = r["title"], communityCode = r["communityCode"], budgetFen = long.Parse(r["budgetFen"], System.Globalization.CultureInfo.InvariantCulture),
            startsOn = r["startsOn"], endsOn = r["endsOn"], partyOrganisationId = r.Optional("partyOrganisationKey") is { } key ? partyIds[key] : null,
        };
        var deadline = DateTimeOffset.UtcNow + context.Settings.EventualTimeout;
        ProjectIdDto? project;
        while (true)
        {
            try
            {
                project = await context.Api.SendAsync<ProjectIdDto>(Service, HttpMethod.Post, "/api/incubation/projects", PlatformClient.JsonBody(body), ct);
                break;
            }
            catch (HttpRequestException e) when (e.StatusCode == System.Net.HttpStatusCode.BadRequest && body.partyOrganisationId is not null && DateTimeOffset.UtcNow < deadline)
            {
                // Incubation learns PartyBuilding's committees from its events, shortly after the party organisations stage.
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }

        project = project ?? throw new InvalidOperationException($"The project {r["id"]} was refused with 409.");
        if (r["status"] == "Completed")
        {
            await context.Api.SendAsync<ProjectIdDto>(Service, HttpMethod.Post, $"/api/incubation/projects/{project.Id}/complete",
                PlatformClient.JsonBody(new { outputs = CompletedOutputs }), ct);
        }
    }

    private static readonly string[] CompletedOutputs = ["seed: completed as recorded"];

    private sealed record ProjectIdDto(Guid Id);

    private static async Task<(int, int, int)> SocialWorkAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var rooms = context.Data.Read("social-work-rooms.csv");
        var workers = context.Data.Read("social-workers.csv");
        var storedRooms = (await context.Api.GetAllAsync<RoomDto>(Service, $"/api/incubation/rooms?region={Targets.CityCode}", 200, cancellationToken))
            .Select(r => r.CommunityCode).ToHashSet(StringComparer.Ordinal);
        var storedWorkers = (await context.Api.GetAllAsync<WorkerDto>(Service, $"/api/incubation/social-workers?region={Targets.CityCode}", 200, cancellationToken))
            .Select(w => w.CertificateNumber).ToHashSet(StringComparer.Ordinal);
        var missingRooms = rooms.Select(r => r["communityCode"]).Where(c => !storedRooms.Contains(c)).ToList();
        var missingWorkers = workers.Where(w => !storedWorkers.Contains(CertificateNumber(w["id"]))).ToList();
        if (missingRooms.Count == 0 && missingWorkers.Count == 0)
        {
            return (rooms.Count + workers.Count, rooms.Count + workers.Count, 0);
        }

        var body = new
        {
            roomCommunities = missingRooms,
            workers = missingWorkers.Select(w => new
            {
                worker = new { name = w["name"], certificateNumber = CertificateNumber(w["id"]), level = w["level"], communityCode = w["communityCode"] },
                assignToRoom = w.Optional("roomId") is not null,
            }).ToList(),
        };
        var report = await context.Api.SendAsync<SocialWorkImportDto>(Service, HttpMethod.Post, "/api/incubation/social-workers/import",
            PlatformClient.JsonBody(body), cancellationToken)
            ?? throw new InvalidOperationException("The social work import conflicts with records the seeder did not list.");
        var created = report.RoomsOpened + report.WorkersRegistered;
        return (rooms.Count + workers.Count, rooms.Count + workers.Count - created, created);
    }

    /// <summary>The files carry no certificate numbers; one derived from the worker's seed id keeps a re-run recognisable.</summary>
    private static string CertificateNumber(string seedId) => $"SEED-{seedId[^12..].ToUpperInvariant()}";
}
