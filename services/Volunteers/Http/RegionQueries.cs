using Platform.Contracts;
using Platform.RegionReplica;

namespace Platform.Volunteers.Http;

/// <summary>Turns a region code into the prefix that selects its subtree, from the local replica.</summary>
public static class RegionQueries
{
    public static async Task<string?> PrefixAsync(this RegionDirectory regions, string code, CancellationToken cancellationToken) =>
        await regions.FindAsync(code, cancellationToken) is { } region ? RegionCode.SubtreePrefix(region.Code, region.Level) : null;

    /// <summary>The subtree prefix of a list query, or what is wrong with its region and paging.</summary>
    public static async Task<(string? Prefix, Dictionary<string, string[]> Errors)> ResolveListAsync(
        this RegionDirectory regions, string region, PageRequest page, CancellationToken cancellationToken)
    {
        var errors = page.Check();
        var prefix = await regions.PrefixAsync(region, cancellationToken);
        if (prefix is null)
        {
            errors["region"] = ["This service knows no region with this code."];
        }

        return (prefix, errors);
    }

    public static Dictionary<string, string[]> UnknownCommunity(string field = "communityCode") =>
        new() { [field] = ["No live community has this code."] };
}
