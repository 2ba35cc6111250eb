namespace Platform.Reporting.Statistics;

/// <summary>Kinds of <see cref="StatItem"/>.</summary>
public static class ItemKinds
{
    public const string PartyMemberReport = "party-member-report";
    public const string PartyOrganisationReport = "party-organisation-report";
    public const string PartyOrganisation = "party-organisation";
    public const string Compound = "compound";
    public const string PilotCompound = "pilot-compound";
    public const string CompoundCommittee = "compound-committee";
    public const string GovernanceCentre = "governance-centre";
    public const string CommunityFacility = "community-facility";
    public const string IncubationCentre = "incubation-centre";
    public const string FiledOrganisation = "filed-organisation";
    public const string OrganisationGrade = "organisation-grade";
    public const string Project = "project";
    public const string SocialWorkRoom = "social-work-room";
    public const string SocialWorker = "social-worker";
    public const string Fund = "fund";
    public const string Supermarket = "supermarket";
    public const string LotteryOutlet = "lottery-outlet";
}

/// <summary>Names of <see cref="MonthlyFigure"/>s: what happened in a month.</summary>
public static class MonthlyFigures
{
    public const string VolunteersRegistered = "volunteersRegistered";
    public const string PartyMemberVolunteersRegistered = "partyMemberVolunteersRegistered";
    public const string TeamsFormed = "teamsFormed";
    public const string ActivitiesCompleted = "activitiesCompleted";
    public const string ActivityPersonTimes = "activityPersonTimes";
    public const string ServiceMinutes = "serviceMinutes";
    public const string PointsCredited = "pointsCredited";
    public const string OrganisationsFiled = "organisationsFiled";
    public const string ProjectsApproved = "projectsApproved";
    public const string ProjectsCompleted = "projectsCompleted";
    public const string OrganisationsGraduated = "organisationsGraduated";
    public const string DonationsFen = "donationsFen";
    public const string DisbursementsFen = "disbursementsFen";
    public const string LotteryFundShareFen = "lotteryFundShareFen";
    public const string RedemptionsFulfilled = "redemptionsFulfilled";
    public const string ServiceRecords = "serviceRecords";
    public const string ServiceBeneficiaries = "serviceBeneficiaries";

    public static readonly IReadOnlyList<string> All =
    [
        VolunteersRegistered, PartyMemberVolunteersRegistered, TeamsFormed, ActivitiesCompleted, ActivityPersonTimes, ServiceMinutes, PointsCredited,
        OrganisationsFiled, ProjectsApproved, ProjectsCompleted, OrganisationsGraduated, DonationsFen, DisbursementsFen,
        LotteryFundShareFen, RedemptionsFulfilled, ServiceRecords, ServiceBeneficiaries,
    ];
}
