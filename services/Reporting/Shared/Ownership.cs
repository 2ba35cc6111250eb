using Platform.Reporting.Records;
using Platform.Reporting.Requests;

namespace Platform.Reporting.Shared;

/// <summary>
/// What a volunteer or an organisation operator may see besides region scope: only their own records. A volunteer sees
/// the requests they reported and no service record; an operator also the service records its organisation provided.
/// Staff, department clients and auditors see everything in their region.
/// </summary>
public static class Ownership
{
    public static bool ReachesOnlyOwn(this ClaimsPrincipal user) =>
        user.IsInRole(PlatformRoles.Volunteer) || user.IsInRole(PlatformRoles.OrganisationOperator);

    public static IQueryable<ServiceRequest> OwnedBy(this IQueryable<ServiceRequest> requests, ClaimsPrincipal user)
    {
        if (!user.ReachesOnlyOwn())
        {
            return requests;
        }

        var subject = user.SubjectOf();
        return requests.Where(r => r.ReportedBy == subject);
    }

    public static IQueryable<ServiceRecord> OwnedBy(this IQueryable<ServiceRecord> records, ClaimsPrincipal user)
    {
        if (!user.ReachesOnlyOwn())
        {
            return records;
        }

        var organisation = OrganisationOf(user);
        return records.Where(r => organisation != null && r.ProviderKind == ProviderKind.Organisation && r.ProviderId == organisation);
    }

    /// <summary>A request read by id: in the caller's region, and for a volunteer or operator one they reported.</summary>
    public static bool CanSee(this ClaimsPrincipal user, ServiceRequest request) =>
        user.CanReach(request.CommunityCode) && (!user.ReachesOnlyOwn() || request.ReportedBy == user.SubjectOf());

    public static bool CanSee(this ClaimsPrincipal user, ServiceRecord record) =>
        user.CanReach(record.CommunityCode)
        && (!user.ReachesOnlyOwn() || (OrganisationOf(user) is { } organisation
            && record.ProviderKind == ProviderKind.Organisation && record.ProviderId == organisation));

    private static Guid? OrganisationOf(ClaimsPrincipal user) =>
        user.IsInRole(PlatformRoles.OrganisationOperator) && Guid.TryParse(user.FindFirstValue(PlatformClaims.Organisation), out var id) ? id : null;
}
