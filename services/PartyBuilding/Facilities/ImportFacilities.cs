using Platform.Data;
using Platform.ServiceDefaults.Problems;
using Platform.Messaging;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.ServiceDefaults.Http;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.Facilities;

public sealed record FacilityImportResult(int Imported, int Skipped);

public static class ImportFacilities
{
    private const string Header = "regionCode,facility";

    /// <summary>
    /// Designates every row of a CSV body, all or nothing: each row is checked as a single designation would be, rows
    /// already designated (or repeated) are skipped, the rest are written with one event each in one transaction.
    /// </summary>
    public static async Task<Results<Ok<FacilityImportResult>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (rows, errors) = await ReadAsync(request.Body, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
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
                errors[$"rows[{n}].regionCode"] = [problem];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
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

        return await db.SaveOrRefuseAsync(new Dictionary<string, Refusal> { [CommunityFacilityConfiguration.OnePerRegionAndKind] = new("rows", "A facility of the import was designated meanwhile; send the import again.") }, cancellationToken) is { } refusal
            ? refusal.ToConflict()
            : TypedResults.Ok(new FacilityImportResult(fresh.Count, rows.Count - fresh.Count));
    }

    private static async Task<(List<(string RegionCode, CommunityFacilityKind Kind, int N)> Rows, Dictionary<string, string[]> Errors)> ReadAsync(
        Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var lines = (await reader.ReadToEndAsync(cancellationToken)).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var errors = new Dictionary<string, string[]>();
        var rows = new List<(string, CommunityFacilityKind, int)>();
        if (!string.Equals(lines[0].Trim(), Header, StringComparison.OrdinalIgnoreCase))
        {
            errors["header"] = [$"The first line names the columns {Header}."];
            return (rows, errors);
        }

        for (var n = 1; n < lines.Count; n++)
        {
            if (lines[n].Length == 0)
            {
                continue;
            }

            var fields = CsvLine.TrySplit(lines[n]);
            var code = fields is { Count: 2 } ? fields[0].Trim() : "";
            if (code.Length is not (12 or 15) || !code.All(char.IsAsciiDigit))
            {
                errors[$"rows[{n}].regionCode"] = ["A community (12 digits) or compound (15 digits) code."];
            }

            if (fields is not { Count: 2 } || !Enum.TryParse<CommunityFacilityKind>(fields[1].Trim(), out var kind) || !Enum.IsDefined(kind))
            {
                errors[$"rows[{n}].facility"] = [CommunityFacility.Kinds];
                continue;
            }

            rows.Add((code, kind, n));
        }

        return (rows, errors);
    }
}
