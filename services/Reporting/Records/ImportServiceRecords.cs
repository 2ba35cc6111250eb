using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Reporting.Caching;
using Platform.Reporting.Data;
using Platform.Reporting.Statistics;
using Platform.ServiceDefaults.Http;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Reporting.Records;

/// <summary>A rejected row: its line number (the header is line 1), the field at fault and why; out of reach is a 403, not a 400.</summary>
public sealed record RowProblem(int Row, string Field, string Message, bool OutOfReach = false)
{
    public string Path => Row == 0 ? "rows" : $"rows[{Row}].{Field}";
}

public sealed record ImportResult(int Imported);

/// <summary>
/// POST records/import (text/csv): all or nothing. The body is read line by line and written in batches inside one
/// transaction; any bad row rolls the whole file back and the answer is a 400 listing every bad row, or a 403 naming
/// every row whose community is outside the caller's region (scope comes before the rows' own rules).
/// Columns by header name: serviceKind, providerKind, providerId (optional), providerName, communityCode, date
/// (yyyy-MM-dd), beneficiaries, description (optional).
/// </summary>
public static class ImportServiceRecords
{
    private const int BatchSize = 2_000;
    private const int MaxReportedProblems = 1_000;
    private static readonly string[] Required = ["serviceKind", "providerKind", "providerName", "communityCode", "date", "beneficiaries"];

    public static async Task<Results<Ok<ImportResult>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal user, ReportingDb db, DashboardCache cache, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var body = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = CsvLine.TrySplit((await body.ReadLineAsync(cancellationToken))?.TrimStart('\uFEFF') ?? "") ?? [];
        var columns = header.Select((name, i) => (Name: name.Trim(), Index: i)).DistinctBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(c => c.Name, c => c.Index, StringComparer.OrdinalIgnoreCase);
        if (Required.Where(c => !columns.ContainsKey(c)).ToList() is { Count: > 0 } missing)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["header"] = [$"The first line names the columns; missing: {string.Join(", ", missing)}."],
            });
        }

        var communities = (await db.ReplicatedRegions.AsNoTracking().Where(r => r.Level == RegionLevel.Community && !r.Retired)
            .Select(r => r.Code).ToListAsync(cancellationToken)).ToHashSet();
        var store = new StatisticsStore(db);
        var attempts = 0;
        var result = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            // The body can be read only once: after a transient failure (rolled back) the request fails instead of retrying on a spent body.
            if (++attempts > 1)
            {
                throw new InvalidOperationException("The import failed on a transient database error; send the file again.");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (imported, problems) = await ImportAsync(body, columns, communities, user, clock, db, store, ct);
            if (problems is null)
            {
                await transaction.CommitAsync(ct);
            }

            return (imported, problems);
        }, cancellationToken);

        if (result.problems is { } problems)
        {
            return problems.Any(p => p.OutOfReach)
                ? ScopeProblems.OutOfReach(problems.Where(p => p.OutOfReach).Select(p => p.Path))
                : TypedResults.ValidationProblem(problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        await cache.InvalidateAsync(store.Touched);
        return TypedResults.Ok(new ImportResult(result.imported));
    }

    /// <summary>Reads and writes every row; returns the problems (nothing to commit) or null.</summary>
    private static async Task<(int Imported, List<RowProblem>? Problems)> ImportAsync(
        StreamReader body, Dictionary<string, int> columns, HashSet<string> communities, ClaimsPrincipal user, TimeProvider clock,
        ReportingDb db, StatisticsStore store, CancellationToken ct)
    {
        var (imported, problems, row, outOfReachRows) = (0, new List<RowProblem>(), 1, 0);
        var batch = new List<ServiceRecord>(BatchSize);
        while (await body.ReadLineAsync(ct) is { } line)
        {
            row++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (record, rowProblems) = Read(row, line, columns, communities, user, clock);
            // Rows out of reach are reported up to the cap of their own, so that a file full of bad rows still answers 403.
            var outOfReach = rowProblems.Any(p => p.OutOfReach);
            if (problems.Count < MaxReportedProblems || (outOfReach && outOfReachRows < MaxReportedProblems))
            {
                problems.AddRange(rowProblems);
            }

            outOfReachRows += outOfReach ? 1 : 0;

            // After the first bad row nothing more is written; the rest is only checked, to report every bad row.
            if (record is not null && problems.Count == 0)
            {
                batch.Add(record);
                if (batch.Count == BatchSize)
                {
                    imported += await FlushAsync(db, store, batch, ct);
                }
            }
        }

        if (problems.Count > 0)
        {
            return (0, problems);
        }

        if (imported + batch.Count == 0)
        {
            return (0, [new RowProblem(0, "", "The file has no rows.")]);
        }

        imported += await FlushAsync(db, store, batch, ct);
        return (imported, null);
    }

    private static (ServiceRecord? Record, List<RowProblem> Problems) Read(
        int row, string line, Dictionary<string, int> columns, HashSet<string> communities, ClaimsPrincipal user, TimeProvider clock)
    {
        if (CsvLine.TrySplit(line) is not { } fields)
        {
            return (null, [new RowProblem(row, "$", "A quoted field is not closed.")]);
        }

        string? Field(string name) => columns.TryGetValue(name, out var i) && i < fields.Count && fields[i].Trim() is { Length: > 0 } v ? v : null;
        var problems = new List<RowProblem>();
        DateOnly? date = null;
        if (Field("date") is { } dateText)
        {
            date = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", out var d) ? d : null;
            if (date is null)
            {
                problems.Add(new RowProblem(row, "date", "A date is written yyyy-MM-dd."));
            }
        }

        int? beneficiaries = null;
        if (Field("beneficiaries") is { } countText)
        {
            beneficiaries = int.TryParse(countText, out var n) ? n : null;
            if (beneficiaries is null)
            {
                problems.Add(new RowProblem(row, "beneficiaries", "Beneficiaries are a whole number."));
            }
        }

        Guid? providerId = null;
        if (Field("providerId") is { } idText)
        {
            providerId = Guid.TryParse(idText, out var id) ? id : null;
            if (providerId is null)
            {
                problems.Add(new RowProblem(row, "providerId", "A provider id is a GUID."));
            }
        }

        var community = Field("communityCode");
        if (RegionCode.LevelOf(community) == RegionLevel.Community && !user.CanReach(community))
        {
            return (null, [new RowProblem(row, "communityCode", "This community is outside your region.", OutOfReach: true)]);
        }

        var input = new ServiceRecordInput(Field("serviceKind"), Field("providerKind"), providerId, Field("providerName"), community,
            date, beneficiaries, Field("description"));
        var (record, ruleProblems) = ServiceRecord.Check(input, clock.Today(), clock.GetUtcNow(), user.SubjectOf());
        problems.AddRange(ruleProblems.Where(p => !problems.Any(e => e.Field == p.Key)).Select(p => new RowProblem(row, p.Key, p.Value)));
        if (community is null || !communities.Contains(community))
        {
            problems.Add(new RowProblem(row, "communityCode", "No live community (社区) has this code."));
        }

        return problems.Count > 0 ? (null, problems) : (record, problems);
    }

    private static async Task<int> FlushAsync(ReportingDb db, StatisticsStore store, List<ServiceRecord> batch, CancellationToken ct)
    {
        db.ServiceRecords.AddRange(batch);
        await db.SaveChangesAsync(ct);
        await store.CountAsync(batch, ct);
        db.ChangeTracker.Clear();
        var count = batch.Count;
        batch.Clear();
        return count;
    }
}
