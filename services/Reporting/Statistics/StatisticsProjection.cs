using Platform.Contracts.Charity;
using Platform.Contracts.Incubation;
using Platform.Contracts.PartyBuilding;
using Platform.Contracts.Volunteers;
using static Platform.Reporting.Statistics.ItemKinds;
using static Platform.Reporting.Statistics.MonthlyFigures;

namespace Platform.Reporting.Statistics;

/// <summary>What each consumed event does to the figures. The same code applies a live event and replays a fact in a rebuild.</summary>
public static class StatisticsProjection
{
    public static Task ApplyAsync(object message, IStatisticsSink s, CancellationToken ct) => message switch
    {
        // PartyBuilding
        PartyMemberReported m => s.SetAsync(PartyMemberReport, m.ReportId.ToString(), m.CommunityCode, null, true, m.ReportedAt.UtcTicks, ct),
        PartyMemberWithdrawn m => s.EndAsync(PartyMemberReport, m.ReportId.ToString(), m.CommunityCode, m.WithdrawnAt.UtcTicks, ct),
        PartyOrganisationReported m => s.SetAsync(PartyOrganisationReport, m.ReportId.ToString(), m.CommunityCode, null, true, m.ReportedAt.UtcTicks, ct),
        PartyOrganisationReportWithdrawn m => s.EndAsync(PartyOrganisationReport, m.ReportId.ToString(), m.CommunityCode, m.WithdrawnAt.UtcTicks, ct),
        PartyOrganisationEstablished m => s.SetAsync(PartyOrganisation, m.OrganisationId.ToString(), m.RegionCode, m.Kind, true, m.OccurredAt.UtcTicks, ct),
        PartyOrganisationDissolved m => s.EndAsync(PartyOrganisation, m.OrganisationId.ToString(), m.RegionCode, m.OccurredAt.UtcTicks, ct),
        CompoundChanged m => ApplyCompoundAsync(m, s, ct),
        GovernanceCentreOpened m => s.SetAsync(GovernanceCentre, m.CentreId.ToString(), m.RegionCode,
            m.Demonstration ? $"{m.Level}Demonstration" : m.Level.ToString(), true, m.OpenedAt.UtcTicks, ct),
        CommunityFacilityDesignated m => s.SetAsync(CommunityFacility, m.FacilityId.ToString(), m.RegionCode, m.Kind.ToString(), true,
            m.DesignatedAt.UtcTicks, ct),

        // Volunteers
        VolunteerRegistered m => ApplyRegisteredAsync(m.CommunityCode, m.RegisteredAt, 1, m.IsPartyMember ? 1 : 0, s, ct),
        VolunteersImported m => ApplyRegisteredAsync(m.CommunityCode, m.ImportedAt, m.Count, m.PartyMembers, s, ct),
        TeamFormed m => s.AddAsync(m.CommunityCode, m.FormedAt, TeamsFormed, 1, ct),
        ActivityCompleted m => ApplyActivityAsync(m, s, ct),
        ServiceHoursConfirmed m => s.AddAsync(m.CommunityCode, m.ConfirmedAt, ServiceMinutes, m.Minutes, ct),
        AttendanceImported m => ApplyAttendanceAsync(m, s, ct),

        // Incubation
        IncubationCentreEstablished m => s.SetAsync(IncubationCentre, m.CentreId.ToString(), m.RegionCode, m.Level.ToString(), true,
            m.EstablishedAt.UtcTicks, ct, amount: m.AreaSquareMetres),
        OrganisationFiled m => ApplyFiledAsync(m, s, ct),
        OrganisationGraded m => s.SetAsync(OrganisationGrade, m.OrganisationId.ToString(), m.CommunityCode, $"{m.Grade}A", true,
            m.GradedAt.UtcTicks, ct, validUntil: m.ExpiresOn),
        OrganisationRevoked m => ApplyRevokedAsync(m, s, ct),
        OrganisationGraduated m => s.AddAsync(m.CommunityCode, m.GraduatedAt, OrganisationsGraduated, 1, ct),
        ProjectApproved m => ApplyProjectAsync(m, s, ct),
        ProjectCompleted m => s.AddAsync(m.CommunityCode, m.CompletedAt, ProjectsCompleted, 1, ct),
        SocialWorkRoomOpened m => s.SetAsync(SocialWorkRoom, m.RoomId.ToString(), m.CommunityCode, null, true, m.OpenedAt.UtcTicks, ct),
        SocialWorkerAssigned m => s.SetAsync(SocialWorker, m.SocialWorkerId.ToString(), m.CommunityCode, m.Level.ToString(), true, m.AssignedAt.UtcTicks, ct),
        SocialWorkerUnassigned m => s.EndAsync(SocialWorker, m.SocialWorkerId.ToString(), m.CommunityCode, m.UnassignedAt.UtcTicks, ct),

        // Charity
        FundEstablished m => s.SetAsync(Fund, m.FundId.ToString(), m.CommunityCode, null, true, m.EstablishedAt.UtcTicks, ct),
        DonationReceived m => m.Kind == DonationKind.Money
            ? s.AddAsync(m.CommunityCode, m.ReceivedAt, DonationsFen, m.AmountFen, ct)
            : Task.CompletedTask,
        DisbursementApproved m => s.AddAsync(m.CommunityCode, m.ApprovedAt, DisbursementsFen, m.AmountFen, ct),
        SupermarketOpened m => s.SetAsync(Supermarket, m.SupermarketId.ToString(), m.CommunityCode, null, true, m.OpenedAt.UtcTicks, ct),
        LotteryOutletRegistered m => s.SetAsync(LotteryOutlet, m.OutletId.ToString(), m.CommunityCode, null, true, m.RegisteredAt.UtcTicks, ct),
        LotteryRevenueShared m => s.AddAsync(m.CommunityCode, m.SharedAt, LotteryFundShareFen, m.FundShareFen, ct),
        RedemptionFulfilled m => s.AddAsync(m.CommunityCode, m.FulfilledAt, RedemptionsFulfilled, 1, ct),

        _ => throw new ArgumentException($"Statistics do not know {message.GetType().Name}.", nameof(message)),
    };

    /// <summary>The event types the statistics consume, by the name a fact stores.</summary>
    public static readonly IReadOnlyList<Type> EventTypes =
    [
        typeof(PartyMemberReported), typeof(PartyMemberWithdrawn), typeof(PartyOrganisationReported),
        typeof(PartyOrganisationReportWithdrawn), typeof(PartyOrganisationEstablished), typeof(PartyOrganisationDissolved),
        typeof(CompoundChanged), typeof(GovernanceCentreOpened), typeof(CommunityFacilityDesignated),
        typeof(VolunteerRegistered), typeof(VolunteersImported), typeof(TeamFormed), typeof(ActivityCompleted), typeof(ServiceHoursConfirmed), typeof(AttendanceImported),
        typeof(IncubationCentreEstablished), typeof(OrganisationFiled), typeof(OrganisationGraded), typeof(OrganisationRevoked),
        typeof(OrganisationGraduated), typeof(ProjectApproved), typeof(ProjectCompleted), typeof(SocialWorkRoomOpened),
        typeof(SocialWorkerAssigned), typeof(SocialWorkerUnassigned),
        typeof(FundEstablished), typeof(DonationReceived), typeof(DisbursementApproved), typeof(SupermarketOpened),
        typeof(LotteryOutletRegistered), typeof(LotteryRevenueShared), typeof(RedemptionFulfilled),
    ];

    private static async Task ApplyCompoundAsync(CompoundChanged m, IStatisticsSink s, CancellationToken ct)
    {
        await s.SetAsync(Compound, m.Code, m.Code, m.Category, true, m.Version, ct);
        await s.SetAsync(PilotCompound, m.Code, m.Code, m.Category, m.Pilot, m.Version, ct);
        await s.SetAsync(CompoundCommittee, m.Code, m.Code, m.Committee, m.Committee != "None", m.Version, ct);
    }

    private static async Task ApplyRegisteredAsync(
        string community, DateTimeOffset at, int volunteers, int partyMembers, IStatisticsSink s, CancellationToken ct)
    {
        await s.AddAsync(community, at, VolunteersRegistered, volunteers, ct);
        if (partyMembers > 0)
        {
            await s.AddAsync(community, at, PartyMemberVolunteersRegistered, partyMembers, ct);
        }
    }

    private static async Task ApplyActivityAsync(ActivityCompleted m, IStatisticsSink s, CancellationToken ct)
    {
        await s.AddAsync(m.CommunityCode, m.CompletedAt, ActivitiesCompleted, 1, ct);
        await s.AddAsync(m.CommunityCode, m.CompletedAt, ActivityPersonTimes, m.Participants, ct);
    }

    /// <summary>The participants themselves were counted by the activity's ActivityCompleted; this adds their hours and points.</summary>
    private static async Task ApplyAttendanceAsync(AttendanceImported m, IStatisticsSink s, CancellationToken ct)
    {
        await s.AddAsync(m.CommunityCode, m.ConfirmedAt, ServiceMinutes, m.Minutes, ct);
        await s.AddAsync(m.CommunityCode, m.ConfirmedAt, MonthlyFigures.PointsCredited, m.Points, ct);
    }

    private static async Task ApplyFiledAsync(OrganisationFiled m, IStatisticsSink s, CancellationToken ct)
    {
        await s.SetAsync(FiledOrganisation, m.OrganisationId.ToString(), m.CommunityCode, m.Kind.ToString(), true, m.FiledAt.UtcTicks, ct);
        await s.AddAsync(m.CommunityCode, m.FiledAt, OrganisationsFiled, 1, ct);
    }

    private static async Task ApplyRevokedAsync(OrganisationRevoked m, IStatisticsSink s, CancellationToken ct)
    {
        await s.EndAsync(FiledOrganisation, m.OrganisationId.ToString(), m.CommunityCode, m.RevokedAt.UtcTicks, ct);
        await s.EndAsync(OrganisationGrade, m.OrganisationId.ToString(), m.CommunityCode, m.RevokedAt.UtcTicks, ct);
    }

    private static async Task ApplyProjectAsync(ProjectApproved m, IStatisticsSink s, CancellationToken ct)
    {
        await s.SetAsync(Project, m.ProjectId.ToString(), m.CommunityCode, m.Kind.ToString(), true, m.ApprovedAt.UtcTicks, ct);
        await s.AddAsync(m.CommunityCode, m.ApprovedAt, ProjectsApproved, 1, ct);
    }
}
