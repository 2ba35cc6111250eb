namespace Platform.PartyBuilding.DualReports;

/// <summary>
/// A dual report (双报到): a party member reports to the community where they live, or a party organisation to the
/// community where it is located. One of each is active at a time; a withdrawal closes it and keeps it as history.
/// </summary>
public sealed class DualReport
{
    private DualReport()
    {
    }

    public Guid Id { get; private init; }
    public Guid? MemberId { get; private init; }
    public Guid? OrganisationId { get; private init; }
    public string CommunityCode { get; private init; } = "";
    public DateTimeOffset ReportedAt { get; private init; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public int Version { get; private set; }

    public bool Active => WithdrawnAt is null;

    public static DualReport OfMember(Guid memberId, string communityCode, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), MemberId = memberId, CommunityCode = communityCode, ReportedAt = now, Version = 1 };

    public static DualReport OfOrganisation(Guid organisationId, string communityCode, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), OrganisationId = organisationId, CommunityCode = communityCode, ReportedAt = now, Version = 1 };

    public void Withdraw(DateTimeOffset now)
    {
        WithdrawnAt = now;
        Version++;
    }
}
