using Platform.Contracts;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Facilities;

/// <summary>A community (or, for a compound station, a compound) designated as one kind of facility the article counts.</summary>
public sealed class CommunityFacility
{
    private CommunityFacility()
    {
    }

    public Guid Id { get; private init; }
    public string RegionCode { get; private init; } = "";
    public string CommunityCode { get; private init; } = "";
    public CommunityFacilityKind Kind { get; private init; }
    public DateTimeOffset DesignatedAt { get; private init; }
    public string DesignatedBy { get; private init; } = "";

    public const string Kinds =
        "Kinds 类别: NewPartyServiceCentre 新建社区党群服务中心, RenovatedCommunityCentre 改造提升社区活动阵地, FeaturedCommunity 特色社区 " +
        "(at a community 社区) and NewCompoundStation 新建小区党群服务站 (at a compound 小区).";

    /// <summary>What is wrong with designating <paramref name="region"/> as <paramref name="kind"/>, or null.</summary>
    public static string? Problem(CommunityFacilityKind kind, Region? region)
    {
        var level = kind == CommunityFacilityKind.NewCompoundStation ? RegionLevel.Compound : RegionLevel.Community;
        return region is null || region.Retired ? "No live region has this code."
            : region.Level != level ? $"A {kind} is designated at a {level.ToString().ToLowerInvariant()}."
            : null;
    }

    public static CommunityFacility Designate(Region region, CommunityFacilityKind kind, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        RegionCode = region.Code,
        CommunityCode = region.Level == RegionLevel.Compound ? region.ParentCode! : region.Code,
        Kind = kind,
        DesignatedAt = now,
        DesignatedBy = by,
    };

    public CommunityFacilityDesignated Designated() => new(Id, RegionCode, CommunityCode, Kind, DesignatedAt);
}
