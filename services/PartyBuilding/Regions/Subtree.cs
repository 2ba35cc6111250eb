using Platform.Contracts;

namespace Platform.PartyBuilding.Regions;

internal static class Subtree
{
    /// <summary>The prefix every path in the subtree of <paramref name="root"/> starts with (a city's is its first four digits).</summary>
    public static string PrefixOf(Region root) => RegionCode.SubtreePrefix(root.Path, root.Level);

    /// <summary>The subtree prefix of a code alone: a city's code ends in 00 and its subtree is its first four digits.</summary>
    public static string PrefixOfCode(string code) =>
        code.Length == 6 && code.EndsWith("00", StringComparison.Ordinal) ? code[..4] : code;

    /// <summary>Regions in the subtree of <paramref name="root"/>, itself included: a LIKE 'prefix%' that the path index answers.</summary>
    public static IQueryable<Region> InSubtreeOf(this IQueryable<Region> regions, Region root)
    {
        var prefix = PrefixOf(root);
        return regions.Where(r => r.Path.StartsWith(prefix));
    }
}
