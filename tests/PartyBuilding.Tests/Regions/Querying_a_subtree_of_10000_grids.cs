using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;
using Platform.PartyBuilding.Regions.Import;

namespace Platform.PartyBuilding.Tests.Regions;

/// <summary>With 10,000 grids imported through the API, a subtree query is answered from the path index, not a scan.</summary>
public sealed class Querying_a_subtree_of_10000_grids(PartyFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_plan_uses_the_path_prefix_index()
    {
        var watch = Stopwatch.StartNew();
        var imported = await (await fixture.PostAsync("/api/party/regions/import", TenThousandGrids())).ReadAsync<ImportResult>(HttpStatusCode.OK);
        var importTime = watch.Elapsed;
        Assert.Equal(10_000, imported.ByLevel[RegionLevel.Grid]);
        // Fresh statistics, as autovacuum would gather them shortly after a load this size.
        await fixture.InDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE regions", Cancel));

        var plans = new List<string>();
        foreach (var code in new[] { "511622101", "511622101001" })
        {
            var plan = await fixture.InDbAsync(db => ExplainSubtreeCountsAsync(db, code));
            plans.Add($"-- subtree of {code}\n{plan}");
            Assert.Contains("ix_regions_path_prefix", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("Seq Scan on regions", plan, StringComparison.Ordinal);
        }

        var text = $"-- import of {imported.Imported} rows took {importTime.TotalMilliseconds:F0} ms (figure, not asserted)\n" + string.Join("\n", plans);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "subtree-query-plan.txt"), text, Cancel);
        TestContext.Current.TestOutputHelper?.WriteLine(text);
    }

    /// <summary>EXPLAIN of the very command the subtree endpoint sends for its per-level counts, with its parameters.</summary>
    private async Task<string> ExplainSubtreeCountsAsync(PartyDb db, string code)
    {
        var root = await db.Regions.AsNoTracking().SingleAsync(r => r.Code == code, Cancel);
        var query = db.Regions.AsNoTracking().InSubtreeOf(root).Where(r => !r.Retired).GroupBy(r => r.Level)
            .Select(g => new { g.Key, Count = g.Count() });
        await db.Database.OpenConnectionAsync(Cancel);
        await using var command = query.CreateDbCommand();
        var sql = command.CommandText;
        command.CommandText = "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + sql;
        var lines = new List<string> { sql, "" };
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel))
        {
            lines.Add(reader.GetString(0));
        }

        lines.Add($"-- parameters: {string.Join(", ", command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => $"{p.ParameterName}={p.Value}"))}");
        return string.Join("\n", lines);
    }

    /// <summary>10 streets × 20 communities × 50 grids under 武胜县 (synthetic): 10,210 rows in one import.</summary>
    private static List<ImportRow> TenThousandGrids()
    {
        var rows = new List<ImportRow>();
        for (var s = 101; s <= 110; s++)
        {
            var street = $"511622{s}";
            rows.Add(new ImportRow(street, $"街道{s}(合成)", "Street", "511622"));
            for (var c = 1; c <= 20; c++)
            {
                var community = $"{street}{c:000}";
                rows.Add(new ImportRow(community, $"社区{c}(合成)", "Community", street));
                rows.AddRange(Enumerable.Range(1, 50).Select(g => new ImportRow($"{community}{g:000}", $"网格{g}(合成)", "Grid", community)));
            }
        }

        return rows;
    }
}
