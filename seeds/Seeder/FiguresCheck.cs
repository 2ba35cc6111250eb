using Platform.Seeds.Generator;
using Platform.Seeds.Generator.Output;

namespace Platform.Seeds.Seeder;

/// <summary>One figure of DOMAIN.md section 5: what the seed files hold and what the services now answer.</summary>
public sealed record FigureRow(string Figure, long Files, long Loaded)
{
    public bool Matches => Loaded == Files;
}

/// <summary>
/// Reads back, from PartyBuilding and Volunteers, the figures the seed loaded into them; Reporting's city overview,
/// built from every service's events, is the final check (FiguresCheck.Overview.cs).
/// </summary>
public static partial class FiguresCheck
{
    private sealed record SubtreeDto(
        Dictionary<string, int> Regions, Dictionary<string, int> CompoundsByCategory, int PilotCompounds, Dictionary<string, int> Committees,
        Dictionary<string, int> Organisations, int MembersReported, int GovernanceCentres, int LegalAdvisers);

    private sealed record CountDto(int Total);

    /// <summary>
    /// Waits (bounded) until Volunteers has a profile for every imported volunteer and every dual-reported member: the
    /// members' profiles arrive through the bus (PartyMemberReported), after the requests that caused them returned.
    /// </summary>
    public static async Task<bool> WaitForVolunteersAsync(PlatformClient api, Manifest manifest, TimeSpan timeout, Action<long> progress, CancellationToken cancellationToken)
    {
        var expected = manifest.Figures.RegisteredVolunteers + manifest.Figures.DualReportedPartyMembers;
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var total = (await api.GetOrDefaultAsync<CountDto>("volunteers", $"/api/volunteers/volunteers?region={Targets.CityCode}&pageSize=1", cancellationToken))?.Total ?? 0;
            if (total >= expected || DateTimeOffset.UtcNow > deadline)
            {
                return total >= expected;
            }

            progress(expected - total);
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
    }

    public static async Task<List<FigureRow>> ReadAsync(PlatformClient api, Manifest manifest, CancellationToken cancellationToken)
    {
        var city = Targets.CityCode;
        var subtree = await api.GetOrDefaultAsync<SubtreeDto>("party", $"/api/party/regions/{city}/subtree", cancellationToken)
            ?? throw new InvalidOperationException("PartyBuilding does not know the city.");
        async Task<long> TotalAsync(string service, string path) =>
            (await api.GetOrDefaultAsync<CountDto>(service, path, cancellationToken))?.Total ?? 0;
        int Organisations(string kind) => subtree.Organisations.GetValueOrDefault(kind);
        Task<long> FacilitiesAsync(string kind) => TotalAsync("party", $"/api/party/facilities?region={city}&kind={kind}&pageSize=1");
        var f = manifest.Figures;
        return
        [
            // Dual reporting also creates (or links) a volunteer profile per member; those come on top of the imported ones.
            new("registered volunteers (imported)", f.RegisteredVolunteers,
                await TotalAsync("volunteers", $"/api/volunteers/volunteers?region={city}&pageSize=1") - subtree.MembersReported),
            new("volunteer teams", f.VolunteerTeams, await TotalAsync("volunteers", $"/api/volunteers/teams?region={city}&pageSize=1")),
            new("volunteer service activities", f.VolunteerActivities, await TotalAsync("volunteers", $"/api/volunteers/activities?region={city}&pageSize=1")),
            new("party members reporting to communities", f.DualReportedPartyMembers, subtree.MembersReported),
            new("grid / compound party branches", f.GridAndCompoundBranches, Organisations("GridBranch") + Organisations("CompoundBranch")),
            new("property-company party branches", f.PropertyCompanyBranches, Organisations("PropertyCompanyBranch")),
            new("owners' / property-management committees", f.OwnersAndPropertyCommittees, subtree.Committees.Values.Sum()),
            new("pilot compounds", f.PilotCompounds, subtree.PilotCompounds),
            new("compound categories", f.CompoundCategories, subtree.CompoundsByCategory.Count),
            new("county governance centres", f.CountyGovernanceCentres,
                await TotalAsync("party", $"/api/party/governance-centres?region={city}&demonstration=false&pageSize=1")),
            new("street demonstration centres", f.StreetDemonstrationCentres,
                await TotalAsync("party", $"/api/party/governance-centres?region={city}&demonstration=true&pageSize=1")),
            new("legal advisers (one per community)", subtree.Regions.GetValueOrDefault("Community"), subtree.LegalAdvisers),
            new("new community party-service centres", f.NewPartyServiceCentres, await FacilitiesAsync("NewPartyServiceCentre")),
            new("renovated community centres", f.RenovatedCommunityCentres, await FacilitiesAsync("RenovatedCommunityCentre")),
            new("new compound stations", f.NewCompoundStations, await FacilitiesAsync("NewCompoundStation")),
            new("featured communities", f.FeaturedCommunities, await FacilitiesAsync("FeaturedCommunity")),
        ];
    }
}
