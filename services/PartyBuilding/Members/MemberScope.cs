using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Members;

internal static class MemberScope
{
    /// <summary>
    /// Members who belong to the subtree whose paths start with <paramref name="prefix"/>: by their party organisation's
    /// region, or by the community of their active dual report (双报到). A member with neither belongs to the city, so only
    /// a city-wide subtree (<paramref name="cityWide"/>) holds them.
    /// </summary>
    public static IQueryable<PartyMember> InSubtree(this IQueryable<PartyMember> members, PartyDb db, string prefix, bool cityWide) =>
        members.Where(m =>
            db.Organisations.Any(o => o.Id == m.OrganisationId && db.Regions.Any(r => r.Code == o.RegionCode && r.Path.StartsWith(prefix)))
            || db.DualReports.Any(r => r.MemberId == m.Id && r.WithdrawnAt == null && r.CommunityCode.StartsWith(prefix))
            || (cityWide && m.OrganisationId == null && !db.DualReports.Any(r => r.MemberId == m.Id && r.WithdrawnAt == null)));
}
