using Microsoft.Extensions.Logging.Abstractions;
using Platform.Seeds.Seeder;

namespace Platform.Seeds.Tests;

public sealed class Seeding_the_sample_city(SeedingFixture fixture) : IClassFixture<SeedingFixture>
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void The_first_run_creates_every_record_of_the_files()
    {
        Assert.Equal(
            ["regions", "party organisations", "party members and dual reports", "governance centres", "legal advisers", "community facilities", "volunteers", "teams", "activities", "attendance",
                "incubation centres", "social organisations", "projects", "social work rooms and workers",
                "charity federations", "charity funds", "charity supermarkets", "donations", "lottery outlets and reports", "six-services records"],
            fixture.FirstRun.Stages.Select(s => s.Stage));
        Assert.All(fixture.FirstRun.Stages, s => Assert.Equal((s.Planned, 0), (s.Created, s.AlreadyLoaded)));
    }

    [Fact]
    public async Task A_second_run_creates_nothing_and_publishes_nothing()
    {
        var second = await SeedRun.RunAsync(fixture.SeederConfiguration, NullLogger.Instance, Cancel);

        Assert.Equal(0, second.Created);
        Assert.All(second.Stages, s => Assert.Equal(s.Planned, s.AlreadyLoaded));
        Assert.Equal(fixture.SettledRows, await fixture.SettledRowsAsync(Cancel));
    }

    [Fact]
    public async Task What_the_services_hold_matches_the_sample_files_figure_by_figure()
    {
        var settings = new SeedSettings { ClientSecret = fixture.SeederConfiguration["Seed:ClientSecret"]! };
        using var api = await PlatformClient.ConnectAsync(fixture.SeederConfiguration, settings, Cancel);

        var rows = await FiguresCheck.ReadAsync(api, fixture.Samples, Cancel);

        Assert.All(rows, row => Assert.True(row.Matches, $"{row.Figure}: files {row.Files}, loaded {row.Loaded}"));
    }

    [Fact]
    public void Reporting_s_city_overview_equals_the_sample_manifest_figure_by_figure()
    {
        var overview = fixture.FirstRun.Overview;

        Assert.Equal(30, overview.Count);
        Assert.All(overview, row => Assert.True(row.Status == "ok", $"{row.Figure}: files {row.Files}, overview {row.Overview}"));
        // Dual reporting adds a volunteer profile per member the imported volunteers do not include.
        Assert.Equal(fixture.Samples.Figures.RegisteredVolunteers + fixture.Samples.Figures.DualReportedPartyMembers, overview[0].Overview);
    }

    [Fact]
    public async Task The_figures_check_reads_the_same_overview_through_the_gateway()
    {
        var rows = await OverviewCheck.RunAsync(fixture.SeederConfiguration, NullLogger.Instance, Cancel);

        Assert.Equal(fixture.FirstRun.Overview.Select(r => r.Figure), rows.Select(r => r.Figure));
        Assert.All(rows, row => Assert.True(row.Status == "ok", $"{row.Figure}: files {row.Files}, overview through the gateway {row.Overview}"));
        var table = await File.ReadAllLinesAsync(Path.Combine(fixture.DataDirectory, OverviewCheck.ReportFile), Cancel);
        Assert.Equal(rows.Count, table.Count(line => line.EndsWith("| ok |", StringComparison.Ordinal)));
    }
}
