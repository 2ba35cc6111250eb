using Platform.Reporting.Compliance;

namespace Platform.Reporting.Exports;

public static class ExportCompliance
{
    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, CancellationToken ct) =>
        CsvExport.InRegionAsync(region, new DateRange(null, null), user, regions, prefix => CsvExport.Stream("compliance-1257n.csv",
            ["communityCode", "name", "compliant", "socialWorkRooms", "socialWorkers", "filedCommunitySocialOrganisations", "volunteerTeams", "charityResources", "missing"],
            Rows(db, prefix, ct),
            c => [c.CommunityCode, c.Name, c.Compliant, c.Has.SocialWorkRooms, c.Has.SocialWorkers, c.Has.FiledCommunitySocialOrganisations,
                c.Has.VolunteerTeams, c.Has.CharityResources, string.Join("; ", c.Missing)]), ct);

    private static async IAsyncEnumerable<CommunityCompliance> Rows(ReportingDb db, string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var row in await ComplianceQuery.CommunitiesAsync(db, prefix, ct))
        {
            yield return row;
        }
    }
}
