using System.Globalization;
using Platform.Clients.Reporting.Models;

namespace Platform.Web.Features.Overview;

/// <summary>One figure of a region's overview: its resource key and how to read and show it.</summary>
public sealed record OverviewFigure(string Group, string Key, Func<RegionOverview, long?> Read, bool Fen = false)
{
    public string Format(RegionOverview overview)
    {
        var value = Read(overview) ?? 0;
        return Fen ? (value / 100m).ToString("N2", CultureInfo.CurrentCulture) : value.ToString("N0", CultureInfo.CurrentCulture);
    }
}

/// <summary>The figures of the city report (DOMAIN.md section 5), grouped as the article groups them, for any region.</summary>
public static class OverviewFigures
{
    public static readonly IReadOnlyList<OverviewFigure> All =
    [
        new("Volunteers", "registeredVolunteers", o => o.RegisteredVolunteers),
        new("Volunteers", "volunteerTeams", o => o.VolunteerTeams),
        new("Volunteers", "volunteerActivities", o => o.VolunteerActivities),
        new("Volunteers", "dualReportedPartyMembers", o => o.DualReportedPartyMembers),
        new("Party", "gridAndCompoundPartyBranches", o => o.GridAndCompoundPartyBranches),
        new("Party", "propertyCompanyPartyBranches", o => o.PropertyCompanyPartyBranches),
        new("Party", "ownersAndManagementCommittees", o => o.OwnersAndManagementCommittees),
        new("Party", "pilotCompounds", o => o.PilotCompounds),
        new("Party", "compoundCategories", o => o.CompoundCategories),
        new("Party", "countyGovernanceCentres", o => o.CountyGovernanceCentres),
        new("Party", "streetDemonstrationCentres", o => o.StreetDemonstrationCentres),
        new("Organisations", "cityIncubationCentres", o => o.CityIncubationCentres),
        new("Organisations", "countyIncubationCentres", o => o.CountyIncubationCentres),
        new("Organisations", "graded5AOrganisations", o => o.Graded5AOrganisations),
        new("Organisations", "graded4AOrganisations", o => o.Graded4AOrganisations),
        new("Organisations", "graded3AOrganisations", o => o.Graded3AOrganisations),
        new("Organisations", "filedCommunitySocialOrganisations", o => o.FiledCommunitySocialOrganisations),
        new("Organisations", "redPairingProjects", o => o.RedPairingProjects),
        new("Charity", "communityCharityFunds", o => o.CommunityCharityFunds),
        new("Charity", "donationsRaisedFen", o => o.DonationsRaisedFen, Fen: true),
        new("Charity", "charitySupermarkets", o => o.CharitySupermarkets),
        new("Charity", "welfareLotteryOutlets", o => o.WelfareLotteryOutlets),
        new("Services", "sixServicesBeneficiaries", o => o.SixServicesBeneficiaries),
        new("Services", "socialWorkRooms", o => o.SocialWorkRooms),
        new("Services", "socialWorkers", o => o.SocialWorkers),
        new("Facilities", "newCommunityPartyServiceCentres", o => o.NewCommunityPartyServiceCentres),
        new("Facilities", "renovatedCommunityCentres", o => o.RenovatedCommunityCentres),
        new("Facilities", "newCompoundStations", o => o.NewCompoundStations),
        new("Facilities", "featuredCommunities", o => o.FeaturedCommunities),
    ];
}
