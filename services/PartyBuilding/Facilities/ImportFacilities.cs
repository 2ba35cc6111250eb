using Platform.Data;
using Platform.ServiceDefaults.Problems;
using Platform.Messaging;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.Imports;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.Facilities;

public sealed record FacilityImportResult(int Imported, int Skipped);

public static class ImportFacilities
{
    private static readonly ImportColumns Columns = new(["regionCode", "facility"], RejectUnknown: true);

    /// <summary>
    /// Designates every row of a CSV body, all or nothing: each row is checked as a single designation would be, rows
    /// already designated (or repeated) are skipped, the rest are written with one event each in one transaction.
    /// </summary>
    public static async Task<Results<Ok<FacilityImportResult>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        var rows = await ReadAsync(request.Body, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var codes = rows.Select(r => r.RegionCode).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, cancellationToken);
        var reach = await db.ReachOfAsync(user, cancellationToken);
        var outOfReach = rows.Where(r => !reach.CoversPath(regions.TryGetValue(r.RegionCode, out var region) ? region.Path : r.RegionCode))
            .Select(r => $"rows[{r.N}].regionCode").ToList();
        if (outOfReach.Count > 0)
        {
            return Reaching.RowsOutOfReach(outOfReach);
        }
        var existing = (await db.CommunityFacilities.AsNoTracking().Where(f => codes.Contains(f.RegionCode))
            .Select(f => new { f.RegionCode, f.Kind }).ToListAsync(cancellationToken)).Select(f => (f.RegionCode, f.Kind)).ToHashSet();
        foreach (var (regionCode, kind, n) in rows)
        {
            if (CommunityFacility.Problem(kind, regions.GetValueOrDefault(regionCode)) is { } problem)
            {
                errors.Add(n, "regionCode", problem);
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = clock.GetUtcNow();
        var fresh = rows.Select(r => (r.RegionCode, r.Kind)).Distinct().Where(r => !existing.Contains(r))
            .Select(r => CommunityFacility.Designate(regions[r.RegionCode], r.Kind, user.SubjectOf(), now)).ToList();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var facility in fresh)
        {
            db.CommunityFacilities.Add(facility);
            db.Publish(facility.Designated());
        }

        var refusals = new Dictionary<string, Refusal>
        {
            [CommunityFacilityConfiguration.OnePerRegionAndKind] = new("rows", "A facility of the import was designated meanwhile; send the import again."),
        };
        return await db.SaveOrRefuseAsync(refusals, cancellationToken) is { } refusal
            ? refusal.ToConflict()
            : TypedResults.Ok(new FacilityImportResult(fresh.Count, rows.Count - fresh.Count));
    }

    private static async Task<List<(string RegionCode, CommunityFacilityKind Kind, int N)>> ReadAsync(
        Stream body, ImportErrors errors, CancellationToken cancellationToken)
    {
        var rows = new List<(string, CommunityFacilityKind, int)>();
        // The body's size is bounded by the endpoint; every row is needed before anything is written.
        await foreach (var row in CsvImport.ReadAsync(body, Columns, int.MaxValue, errors, cancellationToken))
        {
            var code = row["regionCode"] ?? "";
            if (code.Length is not (12 or 15) || !code.All(char.IsAsciiDigit))
            {
                row.Error("regionCode", "A community (12 digits) or compound (15 digits) code.");
            }

            if (!Enum.TryParse<CommunityFacilityKind>(row["facility"], out var kind) || !Enum.IsDefined(kind))
            {
                row.Error("facility", CommunityFacility.Kinds);
                continue;
            }

            rows.Add((code, kind, row.Number));
        }

        return rows;
    }
}
