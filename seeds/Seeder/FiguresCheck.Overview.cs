using System.Globalization;
using Microsoft.Extensions.Logging;
using Platform.Seeds.Generator;
using Platform.Seeds.Generator.Output;

namespace Platform.Seeds.Seeder;

/// <summary>
/// One row of the figures check: a figure of DOMAIN.md section 5, the article's value, what the seed files hold, and what
/// Reporting's city overview answers. "540,000+" figures are met by at least the files' count.
/// </summary>
public sealed record OverviewRow(string Figure, string Article, long Files, long Overview, bool AtLeast = false)
{
    public string Status => Overview == Files || (AtLeast && Overview >= Files) ? "ok" : "differs";

    public bool Differs => Status == "differs";
}

public static partial class FiguresCheck
{
    /// <summary>The figures of Reporting's overview the check reads (its JSON names).</summary>
    private sealed record OverviewDto(
        long RegisteredVolunteers, long VolunteerTeams, long VolunteerActivities, long VolunteerServiceMinutes, long VolunteerPointsCredited,
        long DualReportedPartyMembers, long GridAndCompoundPartyBranches,
        long PropertyCompanyPartyBranches, long OwnersAndManagementCommittees, long PilotCompounds, long CompoundCategories,
        long CountyGovernanceCentres, long StreetDemonstrationCentres, long CityIncubationCentres, long CityIncubationCentreSquareMetres,
        long CountyIncubationCentres, long Graded5AOrganisations, long Graded4AOrganisations, long Graded3AOrganisations,
        long FiledCommunitySocialOrganisations, long RedPairingProjects, long CommunityCharityFunds, long DonationsRaisedFen,
        long CharitySupermarkets, long WelfareLotteryOutlets, long SixServicesBeneficiaries, long NewCommunityPartyServiceCentres,
        long RenovatedCommunityCentres, long NewCompoundStations, long FeaturedCommunities);

    /// <summary>
    /// Reads Reporting's city overview (from <paramref name="service"/>: Reporting itself, or the gateway in front of it)
    /// until every figure matches, or until it has stopped changing for <paramref name="quiet"/> (the events are still
    /// arriving before that), or at the latest after <paramref name="timeout"/>.
    /// </summary>
    public static async Task<List<OverviewRow>> ReadOverviewAsync(PlatformClient api, string service, Manifest manifest, TimeSpan quiet,
        TimeSpan timeout, Action<int> progress, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var (last, lastChange) = ((List<OverviewRow>?)null, DateTimeOffset.UtcNow);
        while (true)
        {
            var overview = await api.GetOrDefaultAsync<OverviewDto>(service, $"/api/reporting/overview/{Targets.CityCode}", cancellationToken)
                ?? throw new InvalidOperationException("Reporting does not know the city.");
            var rows = Rows(manifest.Figures, overview);
            if (last is null || !rows.SequenceEqual(last))
            {
                (last, lastChange) = (rows, DateTimeOffset.UtcNow);
            }

            var differing = rows.Count(r => r.Differs);
            if (differing == 0 || DateTimeOffset.UtcNow - lastChange >= quiet || DateTimeOffset.UtcNow > deadline)
            {
                return rows;
            }

            progress(differing);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    /// <summary>The figures table in the log (the dashboard shows it): figure | article | files | overview | ok/differs.</summary>
    public static void LogOverview(ILogger logger, string source, Manifest manifest, IReadOnlyList<OverviewRow> overview)
    {
        logger.LogInformation("City overview ({Source}, {City}) against DOMAIN.md section 5 ({Scale} files):", source, Targets.CityCode, manifest.Scale);
        logger.LogInformation("{Figure,-45} | {Article,-12} | {Files,12} | {Overview,12} | {Status}", "figure", "DOMAIN.md §5", "files", "overview", "ok/differs");
        foreach (var row in overview)
        {
            logger.LogInformation("{Figure,-45} | {Article,-12} | {Files,12:N0} | {Overview,12:N0} | {Status}", row.Figure, row.Article, row.Files, row.Overview, row.Status);
        }
    }

    /// <summary>The same table as Markdown, for a file a person or a script reads after the run.</summary>
    public static string OverviewMarkdown(string source, Manifest manifest, IReadOnlyList<OverviewRow> overview, DateTimeOffset at)
    {
        var table = new System.Text.StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"City overview ({source}, {Targets.CityCode}) against DOMAIN.md section 5 ({manifest.Scale} files), {at:yyyy-MM-dd HH:mm:ss}Z")
            .AppendLine()
            .AppendLine("| figure | DOMAIN.md §5 | files | overview | ok/differs |")
            .AppendLine("|---|---|---:|---:|---|");
        foreach (var row in overview)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {row.Figure} | {row.Article} | {row.Files:N0} | {row.Overview:N0} | {row.Status} |");
        }

        return table.ToString();
    }

    private static List<OverviewRow> Rows(CityFigures f, OverviewDto o) =>
    [
        // Dual reporting also creates a volunteer profile for a member Volunteers did not know: on top of the 540,000.
        new("registered volunteers", "540,000+", f.RegisteredVolunteers, o.RegisteredVolunteers, AtLeast: true),
        new("volunteer teams", "2,641", f.VolunteerTeams, o.VolunteerTeams),
        new("volunteer service activities", "5,100+", f.VolunteerActivities, o.VolunteerActivities),
        // Not figures of the article: the hours and points of the participants the seed records.
        new("volunteer service minutes", "—", f.VolunteerServiceMinutes, o.VolunteerServiceMinutes),
        new("love points credited", "—", f.VolunteerPointsCredited, o.VolunteerPointsCredited),
        new("party members reporting to communities", "1,136", f.DualReportedPartyMembers, o.DualReportedPartyMembers),
        new("grid / compound party branches", "1,604", f.GridAndCompoundBranches, o.GridAndCompoundPartyBranches),
        new("property-company party branches", "80", f.PropertyCompanyBranches, o.PropertyCompanyPartyBranches),
        new("owners' / property-management committees", "226", f.OwnersAndPropertyCommittees, o.OwnersAndManagementCommittees),
        new("pilot compounds", "44", f.PilotCompounds, o.PilotCompounds),
        new("compound categories", "6", f.CompoundCategories, o.CompoundCategories),
        new("county governance centres", "6", f.CountyGovernanceCentres, o.CountyGovernanceCentres),
        new("street demonstration centres", "37", f.StreetDemonstrationCentres, o.StreetDemonstrationCentres),
        new("city incubation centre", "1", f.CityIncubationCentres, o.CityIncubationCentres),
        new("city incubation centre (m²)", "2,700", f.CityIncubationCentreSquareMetres, o.CityIncubationCentreSquareMetres),
        new("county incubation centres", "7", f.CountyIncubationCentres, o.CountyIncubationCentres),
        new("graded organisations 5A", "10", f.Graded5A, o.Graded5AOrganisations),
        new("graded organisations 4A", "15", f.Graded4A, o.Graded4AOrganisations),
        new("graded organisations 3A", "19", f.Graded3A, o.Graded3AOrganisations),
        new("filed community social organisations", "505", f.FiledCommunitySocialOrganisations, o.FiledCommunitySocialOrganisations),
        new("red-pairing projects", "28", f.RedPairingProjects, o.RedPairingProjects),
        new("community charity funds", "34", f.CommunityCharityFunds, o.CommunityCharityFunds),
        new("donations raised (fen)", "¥3,000,000+", f.DonationsFen, o.DonationsRaisedFen),
        new("charity supermarkets", "19", f.CharitySupermarkets, o.CharitySupermarkets),
        new("welfare-lottery outlets", "6", f.LotteryOutlets, o.WelfareLotteryOutlets),
        new("six-services beneficiaries (person-times)", "210,000", f.SixServicesPersonTimes, o.SixServicesBeneficiaries),
        new("new community party-service centres", "9", f.NewPartyServiceCentres, o.NewCommunityPartyServiceCentres),
        new("renovated community centres", "127", f.RenovatedCommunityCentres, o.RenovatedCommunityCentres),
        new("new compound stations", "17", f.NewCompoundStations, o.NewCompoundStations),
        new("featured communities", "40", f.FeaturedCommunities, o.FeaturedCommunities),
    ];
}
