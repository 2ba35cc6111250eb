using Platform.Imports;
using Platform.Reporting.Statistics;

namespace Platform.Reporting.Records;

public sealed record ImportResult(int Imported);

/// <summary>
/// POST records/import (text/csv): all or nothing. Every row is read and checked before anything is written: a 403
/// naming every row whose community is outside the caller's region (scope comes before the rows' own rules), else a
/// 400 listing every bad row (<c>rows[n]</c> counts data rows from 1), else every row is written in one transaction.
/// Columns by header name: serviceKind, providerKind, providerId (optional), providerName, communityCode, date
/// (yyyy-MM-dd), beneficiaries, description (optional).
/// </summary>
public static class ImportServiceRecords
{
    /// <summary>Far more than a street files in years; it bounds what one request holds in memory before writing.</summary>
    public const int MaxRows = 1_000_000;
    private const int BatchSize = 2_000;
    private const int MaxReportedOutOfReach = 1_000;
    private static readonly ImportColumns Columns = new(
        ["serviceKind", "providerKind", "providerName", "communityCode", "date", "beneficiaries"], ["providerId", "description"]);

    public static async Task<Results<Ok<ImportResult>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal user, ReportingDb db, DashboardCache cache, TimeProvider clock, CancellationToken cancellationToken)
    {
        var communities = (await db.ReplicatedRegions.AsNoTracking().Where(r => r.Level == RegionLevel.Community && !r.Retired)
            .Select(r => r.Code).ToListAsync(cancellationToken)).ToHashSet();
        var (errors, outOfReach, records) = (new ImportErrors(), new List<string>(), new List<ServiceRecord>());
        await foreach (var row in CsvImport.ReadAsync(request.Body, Columns, MaxRows, errors, cancellationToken))
        {
            var community = row["communityCode"];
            if (RegionCode.LevelOf(community) == RegionLevel.Community && !user.CanReach(community))
            {
                if (outOfReach.Count < MaxReportedOutOfReach)
                {
                    outOfReach.Add(ImportErrors.Key(row.Number, "communityCode"));
                }

                continue;
            }

            // Once a row is bad nothing will be written: the rest is only checked, to report every bad row.
            if (Read(row, communities, user, clock) is { } record && errors.Count == 0)
            {
                records.Add(record);
            }
        }

        if (outOfReach.Count > 0)
        {
            return ScopeProblems.OutOfReach(outOfReach);
        }

        if (errors.Count == 0 && records.Count == 0)
        {
            errors.Add("rows", "The file has no rows.");
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var store = new StatisticsStore(db);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var batch in records.Chunk(BatchSize))
            {
                db.ServiceRecords.AddRange(batch);
                await db.SaveChangesAsync(ct);
                await store.CountAsync(batch, ct);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(ct);
        }, cancellationToken);
        await cache.InvalidateAsync(store.Touched);
        return TypedResults.Ok(new ImportResult(records.Count));
    }

    /// <summary>The row as a record, or null with its errors recorded under <c>rows[n]</c>.</summary>
    private static ServiceRecord? Read(ImportRow row, HashSet<string> communities, ClaimsPrincipal user, TimeProvider clock)
    {
        var community = row["communityCode"];
        var unparsed = new HashSet<string>();
        T? Parsed<T>(string column, T? value) where T : struct
        {
            if (value is null && row[column] is not null)
            {
                unparsed.Add(column);
            }

            return value;
        }

        var providerId = Parsed("providerId", Guid.TryParse(row["providerId"], out var id) ? id : (Guid?)null);
        if (unparsed.Contains("providerId"))
        {
            row.Error("providerId", "A provider id is a GUID.");
        }

        var input = new ServiceRecordInput(row["serviceKind"], row["providerKind"], providerId, row["providerName"], community,
            Parsed("date", row.Date("date")), Parsed("beneficiaries", row.WholeNumber("beneficiaries")), row["description"]);
        var (record, problems) = ServiceRecord.Check(input, clock.Today(), clock.GetUtcNow(), user.SubjectOf());
        // A field that did not parse already has its error; the record's rule about it being missing would repeat it.
        foreach (var (field, message) in problems.Where(p => !unparsed.Contains(p.Key)))
        {
            row.Error(field, message);
        }

        if (community is null || !communities.Contains(community))
        {
            row.Error("communityCode", "No live community (社区) has this code.");
        }

        return row.HasErrors ? null : record;
    }
}
