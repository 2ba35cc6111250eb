using Platform.Contracts;
using Platform.RegionReplica;

namespace Platform.Volunteers.Http;

/// <summary>Turns a region code into the prefix that selects its subtree, from the local replica.</summary>
public static class RegionScope
{
    public static async Task<string?> PrefixAsync(this RegionDirectory regions, string code, CancellationToken cancellationToken) =>
        await regions.FindAsync(code, cancellationToken) is { } region ? RegionCode.SubtreePrefix(region.Code, region.Level) : null;

    public static Dictionary<string, string[]> UnknownRegion() => new() { ["region"] = ["This service knows no region with this code."] };

    public static Dictionary<string, string[]> UnknownCommunity(string field = "communityCode") =>
        new() { [field] = ["No live community has this code."] };
}
