using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Tests.Regions;

/// <summary>Acceptance 4: with 10,000 grids stored, a subtree query is answered from the path index, not a scan.</summary>
public sealed class Querying_a_subtree_of_10000_grids(PartyFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_plan_uses_the_path_prefix_index()
    {
        await fixture.InDbAsync(async db => await db.Database.ExecuteSqlRawAsync(LoadSql, Cancel));

        var plans = new List<string>();
        foreach (var code in new[] { "511622101", "511622101001" })
        {
            var plan = await fixture.InDbAsync(db => ExplainSubtreeCountsAsync(db, code));
            plans.Add($"-- subtree of {code}\n{plan}");
            Assert.Contains("ix_regions_path_prefix", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("Seq Scan on regions", plan, StringComparison.Ordinal);
        }

        var grids = await fixture.InDbAsync(db => db.Regions.CountAsync(r => r.Path.StartsWith("511622") && r.Level == Contracts.RegionLevel.Grid, Cancel));
        Assert.True(grids >= 10_000);
        var text = string.Join("\n", plans);
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

    /// <summary>10 streets × 20 communities × 50 grids under 武胜县 (synthetic), written directly: the plan is the point here.</summary>
    private const string LoadSql = """
        INSERT INTO regions (code, name, level, parent_code, path, retired, version, registered_at)
        SELECT '511622' || s, '街道' || s || '(合成)', 'Street', '511622', '511622' || s, false, 1, now()
        FROM generate_series(101, 110) AS s;
        INSERT INTO regions (code, name, level, parent_code, path, retired, version, registered_at)
        SELECT '511622' || s || lpad(c::text, 3, '0'), '社区' || c || '(合成)', 'Community', '511622' || s,
               '511622' || s || lpad(c::text, 3, '0'), false, 1, now()
        FROM generate_series(101, 110) AS s, generate_series(1, 20) AS c;
        INSERT INTO regions (code, name, level, parent_code, path, retired, version, registered_at)
        SELECT '511622' || s || lpad(c::text, 3, '0') || lpad(g::text, 3, '0'), '网格' || g || '(合成)', 'Grid',
               '511622' || s || lpad(c::text, 3, '0'), '511622' || s || lpad(c::text, 3, '0') || lpad(g::text, 3, '0'), false, 1, now()
        FROM generate_series(101, 110) AS s, generate_series(1, 20) AS c, generate_series(1, 50) AS g;
        ANALYZE regions;
        """;
}
