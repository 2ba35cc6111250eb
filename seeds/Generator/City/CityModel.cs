namespace Platform.Seeds.Generator.City;

public sealed record Street(string Code, string Name, string CountyCode, bool RealName);

public sealed record Community(string Code, string Name, string StreetCode, string CountyCode, bool RealName);

/// <summary>A grid (网格) or, with a category, a residential compound (小区) of a community.</summary>
public sealed record Site(
    string Code, string Name, string CommunityCode, string? Category, bool Pilot, string? PropertyCompany, string? Committee)
{
    public bool IsCompound => Category is not null;
}

/// <summary>The regions of the generated city, parents before children.</summary>
public sealed class CityRegions
{
    public required IReadOnlyList<CountyPlan> Counties { get; init; }
    public required IReadOnlyList<Street> Streets { get; init; }
    public required IReadOnlyList<Community> Communities { get; init; }
    public required IReadOnlyList<Site> Sites { get; init; }

    public Community Community(string code) => Communities.First(c => c.Code == code);
}

/// <summary>
/// How much of each 1257N element a community gets: a social work room, social workers, filed community social
/// organisations, volunteer teams, charity resources (fund, supermarket, lottery outlet). Decided once, up front, so
/// that every file agrees and the manifest can say which communities meet 1257N.
/// </summary>
public sealed class CommunityShares
{
    public required IReadOnlyList<string> Meeting { get; init; }
    public required IReadOnlySet<string> Rooms { get; init; }
    public required IReadOnlyDictionary<string, int> SocialWorkers { get; init; }
    public required IReadOnlyDictionary<string, int> FiledOrganisations { get; init; }
    public required IReadOnlyDictionary<string, int> Teams { get; init; }
    public required IReadOnlyDictionary<string, int> Volunteers { get; init; }
    public required IReadOnlyList<string> FundCommunities { get; init; }
    public required IReadOnlyList<string> SupermarketCommunities { get; init; }
    public required IReadOnlyList<string> OutletCommunities { get; init; }
}
