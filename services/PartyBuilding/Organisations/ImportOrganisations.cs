using Platform.Data;
using Platform.ServiceDefaults.Problems;
using Platform.Messaging;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Organisations;

/// <param name="Id">Optional: the organisation's id, so that other records (and a re-import) can refer to it; a row whose id exists is skipped.</param>
/// <param name="ParentId">A stored organisation or another row of the import.</param>
public sealed record OrganisationImportRow(
    Guid? Id, string? Name, PartyOrganisationKind? Kind, string? RegionCode, Guid? ParentId, string? Secretary, DateOnly? FoundedOn);

public sealed record OrganisationImportResult(int Imported, int Skipped);

public static class ImportOrganisations
{
    /// <summary>
    /// Establishes many organisations at once, all or nothing: each row is checked as a single establishment would be
    /// (a parent may be another row), then all are written with one PartyOrganisationEstablished each in one transaction.
    /// Errors are keyed <c>rows[n].field</c>, n counting from 1.
    /// </summary>
    public static async Task<Results<Ok<OrganisationImportResult>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        List<OrganisationImportRow> rows, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).OfType<Guid>().Concat(rows.Select(r => r.ParentId).OfType<Guid>()).Distinct().ToList();
        var stored = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var fresh = rows.Select((row, i) => (Row: row, N: i + 1)).Where(r => r.Row.Id is not { } id || !stored.ContainsKey(id)).ToList();
        var codes = rows.Select(r => r.RegionCode).OfType<string>().Concat(stored.Values.Select(o => o.RegionCode)).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, cancellationToken);
        var reach = await db.ReachOfAsync(user, cancellationToken);
        var outOfReach = rows.Select((row, i) => (row.RegionCode, N: i + 1))
            .Where(r => r.RegionCode is { } code && !reach.CoversPath(regions.TryGetValue(code, out var region) ? region.Path : code))
            .Select(r => $"rows[{r.N}].regionCode").ToList();
        if (outOfReach.Count > 0)
        {
            return Reaching.RowsOutOfReach(outOfReach);
        }

        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        var planned = new Dictionary<Guid, PartyOrganisation>();
        // Parents first: a row waits until its parent is stored or planned; rows left over name a missing parent.
        var pending = fresh;
        while (pending.Count > 0)
        {
            var ready = pending.Where(r => r.Row.ParentId is not { } p || stored.ContainsKey(p) || planned.ContainsKey(p)
                || !fresh.Any(f => f.Row.Id == p)).ToList();
            if (ready.Count == 0)
            {
                ready = pending;
            }

            foreach (var (row, n) in ready)
            {
                var parent = row.ParentId is { } p ? planned.GetValueOrDefault(p) ?? stored.GetValueOrDefault(p) : null;
                var rowErrors = Check(row, parent, regions, now);
                foreach (var (field, messages) in rowErrors)
                {
                    errors[$"rows[{n}].{field}"] = messages;
                }

                if (rowErrors.Count == 0)
                {
                    var organisation = PartyOrganisation.Establish(row.Name!, row.Kind!.Value, row.RegionCode!, row.ParentId, row.Secretary!, row.FoundedOn!.Value, now, row.Id);
                    planned[organisation.Id] = organisation;
                }
            }

            pending = [.. pending.Except(ready)];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var organisation in planned.Values)
        {
            db.Organisations.Add(organisation);
            db.Publish(organisation.Established(now));
        }

        var refusals = new Dictionary<string, Refusal>
        {
            [PartyOrganisationConfiguration.OnePerRegionIndex] = new("regionCode", "A region in the import already has an active committee of that kind."),
        };
        return await db.SaveOrRefuseAsync(refusals, cancellationToken) is { } refusal
            ? refusal.ToConflict()
            : TypedResults.Ok(new OrganisationImportResult(planned.Count, rows.Count - fresh.Count));
    }

    private static Dictionary<string, string[]> Check(OrganisationImportRow row, PartyOrganisation? parent, Dictionary<string, Region> regions, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(row.Name) || row.Name.Trim().Length > 100)
        {
            errors["name"] = ["The name has 1 to 100 characters."];
        }

        if (string.IsNullOrWhiteSpace(row.Secretary) || row.Secretary.Trim().Length > 50)
        {
            errors["secretary"] = ["The secretary's name has 1 to 50 characters."];
        }

        if (row.FoundedOn is not { } founded || founded > DateOnly.FromDateTime(now.UtcDateTime.AddDays(1)))
        {
            errors["foundedOn"] = ["The founding date is required and not in the future."];
        }

        if (row.Kind is not { } kind)
        {
            errors["kind"] = [PartyOrganisationKinds.Description];
            return errors;
        }

        var region = row.RegionCode is null ? null : regions.GetValueOrDefault(row.RegionCode);
        var parentRegion = parent is null ? null : regions.GetValueOrDefault(parent.RegionCode);
        foreach (var (field, messages) in PartyOrganisation.CheckEstablishment(kind, region, parent, parentRegion, row.ParentId is not null))
        {
            errors[field] = messages;
        }

        return errors;
    }
}
