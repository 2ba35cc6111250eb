using System.Text;
using Platform.Testing.OpenApi;

namespace Platform.Tests.Roles;

/// <summary>What each role got from each endpoint, written as the markdown table the closing notes quote.</summary>
public sealed class EndpointRoleTable(IReadOnlyList<string> roles)
{
    private readonly List<(ApiEndpoint Endpoint, string Policies, string[] Cells)> _rows = [];

    public void Add(ApiEndpoint endpoint, IReadOnlyDictionary<string, bool> admitted) =>
        _rows.Add((endpoint, string.Join(", ", endpoint.Policies.Select(p => p.Replace("platform.", "", StringComparison.Ordinal))),
            [.. roles.Select(r => admitted[r] ? "✓" : "403")]));

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("✓ = passes authorization (the handler then applies region scope and ownership); 403 = refused for the role.")
            .AppendLine()
            .AppendLine($"| endpoint | policy | {string.Join(" | ", roles)} |")
            .AppendLine($"|---|---|{string.Concat(roles.Select(_ => "---|"))}");
        foreach (var (endpoint, policies, cells) in _rows.OrderBy(r => r.Endpoint.Path, StringComparer.Ordinal).ThenBy(r => r.Endpoint.Method, StringComparer.Ordinal))
        {
            text.AppendLine($"| `{endpoint.Name}` | {policies} | {string.Join(" | ", cells)} |");
        }

        return text.ToString();
    }
}
