using Platform.Messaging;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.PartyBuilding.Shared;
using Platform.Imports;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Regions.Import;

public static class ImportRegions
{
    private static readonly ImportColumns CsvColumns = new(["code"],
        ["name", "level", "parentCode", "category", "pilot", "propertyCompany", "committee"], RejectUnknown: true);

    /// <summary>
    /// Imports a whole hierarchy from a JSON array or a CSV body, all or nothing: every row is checked before anything is
    /// written, then all regions, compound profiles and one RegionRegistered per region (and CompoundChanged per compound)
    /// are inserted in one transaction.
    /// </summary>
    public static async Task<Results<Ok<ImportResult>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var readErrors = new ImportErrors();
        var (rows, numbers) = request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true
            ? await ReadCsvAsync(request.Body, readErrors, cancellationToken)
            : await ReadJsonAsync(request, json.Value.SerializerOptions, cancellationToken);

        var stored = await StoredRegionsAsync(db, rows, cancellationToken);
        if (OutOfReach(rows, numbers, stored, await db.ReachOfAsync(user, cancellationToken)) is { } outOfReach)
        {
            return outOfReach;
        }

        var now = clock.GetUtcNow();
        var plan = ImportPlan.Build(rows, numbers, stored, now);
        if (readErrors.Count > 0 || !plan.IsValid)
        {
            return TypedResults.ValidationProblem(readErrors.ToDictionary().Concat(plan.Errors).ToDictionary());
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Regions.AddRange(plan.Regions);
        db.Compounds.AddRange(plan.Compounds);
        foreach (var region in plan.Regions)
        {
            db.Publish(region.Registered(now));
        }

        foreach (var compound in plan.Compounds)
        {
            db.Publish(compound.Changed(now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new ImportResult(plan.Regions.Count,
            plan.Regions.GroupBy(r => r.Level).ToDictionary(g => g.Key, g => g.Count()), plan.Compounds.Count));
    }

    /// <summary>
    /// The 403 naming every row that hangs under a region out of the caller's reach (rows[n].parentCode, or rows[n].code
    /// for a row without a parent), or null. A parent that is another row of the import is judged by its own code.
    /// </summary>
    private static ProblemHttpResult? OutOfReach(List<ImportRow> rows, List<int> numbers, Dictionary<string, Region> stored, Reach reach)
    {
        var fields = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (anchor, field) = rows[i].ParentCode is { } parent ? (parent, "parentCode") : (rows[i].Code, "code");
            if (anchor is not null && !reach.CoversPath(stored.TryGetValue(anchor, out var region) ? region.Path : anchor))
            {
                fields.Add($"rows[{numbers[i]}].{field}");
            }
        }

        return fields.Count == 0 ? null : Reaching.RowsOutOfReach(fields);
    }

    /// <summary>
    /// The rows of a CSV body with their numbers, which count blank lines too (rows[n] is the n-th line under the
    /// header); a row whose pilot flag does not read as yes or no comes with that error.
    /// </summary>
    private static async Task<(List<ImportRow> Rows, List<int> Numbers)> ReadCsvAsync(
        Stream body, ImportErrors errors, CancellationToken cancellationToken)
    {
        var (rows, numbers) = (new List<ImportRow>(), new List<int>());
        // The body's size is bounded by the endpoint; the plan checks every row before anything is written.
        await foreach (var row in CsvImport.ReadAsync(body, CsvColumns, int.MaxValue, errors, cancellationToken))
        {
            rows.Add(new ImportRow(row["code"], row["name"], row["level"], row["parentCode"], row["category"], row.YesNo("pilot"),
                row["propertyCompany"], row["committee"]));
            numbers.Add(row.Number);
        }

        return (rows, numbers);
    }

    private static async Task<(List<ImportRow> Rows, List<int> Numbers)> ReadJsonAsync(
        HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var rows = await JsonSerializer.DeserializeAsync<List<ImportRow?>>(request.Body, options, cancellationToken) is { } read
                ? read.Select(r => r ?? new ImportRow(null, null, null, null)).ToList()
                : [];
            return (rows, Enumerable.Range(1, rows.Count).ToList());
        }
        catch (JsonException ex)
        {
            // The platform's handler turns this into a 400 naming the offending row and field.
            throw new BadHttpRequestException("The import is not a JSON array of rows.", ex);
        }
    }

    /// <summary>The stored regions an import can collide with or hang under.</summary>
    private static Task<Dictionary<string, Region>> StoredRegionsAsync(PartyDb db, List<ImportRow> rows, CancellationToken cancellationToken)
    {
        var codes = rows.SelectMany(r => new[] { r.Code, r.ParentCode }).OfType<string>().Distinct().ToList();
        return db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, cancellationToken);
    }
}
