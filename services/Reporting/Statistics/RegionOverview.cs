using Platform.Contracts;
using static Platform.Reporting.Statistics.ItemKinds;
using static Platform.Reporting.Statistics.MonthlyFigures;

namespace Platform.Reporting.Statistics;

/// <summary>
/// The figures of DOMAIN.md section 5 for a region's subtree, from events. The four figures no service publishes
/// (party-service centres, renovated centres, compound stations, featured communities) are null: unknown, not zero.
/// </summary>
public sealed record RegionOverview(
    string RegionCode,
    string Name,
    RegionLevel Level,
    long RegisteredVolunteers,
    long VolunteerTeams,
    long VolunteerActivities,
    long VolunteerActivityPersonTimes,
    long VolunteerServiceMinutes,
    long DualReportedPartyMembers,
    long DualReportedPartyOrganisations,
    long GridAndCompoundPartyBranches,
    long PropertyCompanyPartyBranches,
    long OwnersAndManagementCommittees,
    long PilotCompounds,
    long CompoundCategories,
    long CountyGovernanceCentres,
    long StreetDemonstrationCentres,
    long CityIncubationCentres,
    long CityIncubationCentreSquareMetres,
    long CountyIncubationCentres,
    long Graded5AOrganisations,
    long Graded4AOrganisations,
    long Graded3AOrganisations,
    long FiledCommunitySocialOrganisations,
    long RedPairingProjects,
    long CommunityCharityFunds,
    long DonationsRaisedFen,
    long CharitySupermarkets,
    long WelfareLotteryOutlets,
    long SixServicesBeneficiaries,
    long SocialWorkRooms,
    long SocialWorkers,
    long? NewCommunityPartyServiceCentres,
    long? RenovatedCommunityCentres,
    long? NewCompoundStations,
    long? FeaturedCommunities)
{
    public static RegionOverview From(string code, string name, RegionLevel level, RegionTotals t) => new(
        code, name, level,
        RegisteredVolunteers: t.Flow(VolunteersRegistered),
        VolunteerTeams: t.Flow(TeamsFormed),
        VolunteerActivities: t.Flow(ActivitiesCompleted),
        VolunteerActivityPersonTimes: t.Flow(ActivityPersonTimes),
        VolunteerServiceMinutes: t.Flow(ServiceMinutes),
        DualReportedPartyMembers: t.Count(PartyMemberReport),
        DualReportedPartyOrganisations: t.Count(PartyOrganisationReport),
        GridAndCompoundPartyBranches: t.Count(PartyOrganisation, "GridBranch") + t.Count(PartyOrganisation, "CompoundBranch"),
        PropertyCompanyPartyBranches: t.Count(PartyOrganisation, "PropertyCompanyBranch"),
        OwnersAndManagementCommittees: t.Count(CompoundCommittee),
        PilotCompounds: t.Count(PilotCompound),
        CompoundCategories: t.Distinct(Compound),
        CountyGovernanceCentres: t.Count(GovernanceCentre, nameof(RegionLevel.County)) + t.Count(GovernanceCentre, $"{RegionLevel.County}Demonstration"),
        StreetDemonstrationCentres: t.Count(GovernanceCentre, $"{RegionLevel.Street}Demonstration"),
        CityIncubationCentres: t.Count(IncubationCentre, "City"),
        CityIncubationCentreSquareMetres: t.Amount(IncubationCentre, "City"),
        CountyIncubationCentres: t.Count(IncubationCentre, "County"),
        Graded5AOrganisations: t.Count(OrganisationGrade, "5A"),
        Graded4AOrganisations: t.Count(OrganisationGrade, "4A"),
        Graded3AOrganisations: t.Count(OrganisationGrade, "3A"),
        FiledCommunitySocialOrganisations: t.Count(FiledOrganisation, "CommunitySocialOrganisation"),
        RedPairingProjects: t.Count(Project, "RedPairing"),
        CommunityCharityFunds: t.Count(Fund),
        DonationsRaisedFen: t.Flow(DonationsFen),
        CharitySupermarkets: t.Count(Supermarket),
        WelfareLotteryOutlets: t.Count(LotteryOutlet),
        SixServicesBeneficiaries: t.Flow(ServiceBeneficiaries),
        SocialWorkRooms: t.Count(SocialWorkRoom),
        SocialWorkers: t.Count(SocialWorker),
        NewCommunityPartyServiceCentres: null,
        RenovatedCommunityCentres: null,
        NewCompoundStations: null,
        FeaturedCommunities: null);
}
