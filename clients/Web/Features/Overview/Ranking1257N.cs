using System.Text.RegularExpressions;
using Platform.Clients.Reporting.Models;

namespace Platform.Web.Features.Overview;

/// <summary>What a community lacks of one 1257N element: <see cref="Element"/> is a resource key, or the API's own words when unknown.</summary>
public sealed record MissingElement(string Element, int Has, int Needs, bool Known);

public sealed record RankedCommunity(int Rank, string Code, string Name, IReadOnlyList<MissingElement> Missing)
{
    public bool Compliant => Missing.Count == 0;

    public int ElementsMet => Ranking1257N.Elements - Missing.Count;
}

/// <summary>
/// The communities of a region ranked by how many of the five 1257N elements they meet (ties share a rank). The API
/// lists only the communities that fall short, each with what it lacks as English sentences ("social workers: 1 of 2"),
/// so every other community of the region is compliant and the sentences are read back into elements to show them in
/// the user's language.
/// </summary>
public static partial class Ranking1257N
{
    public const int Elements = 5;

    private static readonly Dictionary<string, string> ElementKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["social work room"] = "SocialWorkRoom",
        ["social workers"] = "SocialWorkers",
        ["filed community social organisations"] = "FiledOrganisations",
        ["volunteer teams"] = "VolunteerTeams",
        ["charity resources"] = "CharityResources",
    };

    public static IReadOnlyList<RankedCommunity> Rank(IEnumerable<(string Code, string Name)> communities, RegionCompliance compliance)
    {
        ArgumentNullException.ThrowIfNull(compliance);
        var shortOf = (compliance.ShortOf ?? []).Where(c => c.CommunityCode is not null).ToDictionary(c => c.CommunityCode!);
        var rows = communities
            .Select(c => (c.Code, c.Name, Missing: shortOf.TryGetValue(c.Code, out var s) ? Read(s.Missing ?? []) : []))
            .ToList();
        return [.. rows.OrderBy(r => r.Missing.Count).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new RankedCommunity(1 + rows.Count(o => o.Missing.Count < r.Missing.Count), r.Code, r.Name, r.Missing))];
    }

    public static IReadOnlyList<MissingElement> Read(IEnumerable<string> missing) => [.. missing.Select(ReadOne)];

    private static MissingElement ReadOne(string sentence)
    {
        var match = MissingSentence().Match(sentence);
        return match.Success && ElementKeys.TryGetValue(match.Groups["element"].Value, out var key)
            ? new MissingElement(key, int.Parse(match.Groups["has"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["needs"].Value, System.Globalization.CultureInfo.InvariantCulture), true)
            : new MissingElement(sentence, 0, 0, false);
    }

    [GeneratedRegex(@"^(?<element>[^:]+): (?<has>\d+) of (?<needs>\d+)$")]
    private static partial Regex MissingSentence();
}
