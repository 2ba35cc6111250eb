using System.Globalization;
using System.Text;
using Platform.Testing.OpenApi;

namespace Platform.Tests.Scope;

/// <summary>What the matrix found: each call's answer, the operations it could not classify or build a request for, and what was written.</summary>
public sealed class ScopeMatrix
{
    private readonly List<(string Operation, ScopeClass Scope)> _classified = [];
    private readonly List<(string Operation, string Caller, string Target, int Expected, ScopeAnswer Got, bool Ok)> _calls = [];
    private readonly List<(string Operation, string Url, string Caller, ScopeAnswer Got)> _inReach = [];
    private readonly List<(string Operation, string Url, string Caller, ScopeAnswer Got)> _writesInReach = [];
    private readonly Dictionary<string, List<string>> _writes = [];

    public List<string> Failures { get; } = [];

    public void Classified(ApiEndpoint endpoint, ScopeClass scope) => _classified.Add((endpoint.Name, scope));

    public void Unclassified(ApiEndpoint endpoint) => Failures.Add(
        $"{endpoint.Name}: unclassified — it names no region (query `region`, body `communityCode`/`regionCode`/…), addresses no record " +
        "or region in its path and is not on the allow-list: give it a region parameter, or add it to ScopeClassification.Exempt with its reason");

    public void NoRequest(ApiEndpoint endpoint, string why) => Failures.Add($"{endpoint.Name}: {why}");

    public void InReach(ApiEndpoint endpoint, ScopeRequest request, ScopeCaller caller, ScopeAnswer answer)
    {
        _inReach.Add((endpoint.Name, request.Url, caller.ToString(), answer));
        if (answer.Status is < 200 or > 299)
        {
            Failures.Add($"{endpoint.Name} {request.Url} as {caller}: {answer} — the request is not valid in reach, so a refusal out of reach proves nothing");
        }
    }

    public void WriteInReach(ApiEndpoint endpoint, ScopeRequest request, ScopeCaller caller, ScopeAnswer answer) =>
        _writesInReach.Add((endpoint.Name, request.Url, caller.ToString(), answer));

    public void Called(ApiEndpoint endpoint, ScopeClass scope, ScopeRequest request, ScopeCaller caller, ScopeAnswer answer)
    {
        var (status, refusedByRole) = (answer.Status, answer.RefusedByRole);
        var expected = ScopeClassification.Expected(scope.Category);
        // A record named in the body is answered as an unknown id would be: the 400 must name that field, not another.
        var ok = status == expected && (scope.Category != ScopeCategory.RecordInBody || answer.Detail.Contains($" {scope.How} (", StringComparison.Ordinal)
            || answer.Detail.StartsWith($"errors: {scope.How} (", StringComparison.Ordinal));
        if (refusedByRole)
        {
            ok = false;
            Failures.Add($"{endpoint.Name} as {caller}: refused by role, not by region — the matrix picked a role the operation does not admit");
        }

        _calls.Add((endpoint.Name, caller.ToString(), request.Target, expected, answer, ok));
        if (!ok && !refusedByRole)
        {
            Failures.Add($"{endpoint.Name} [{scope.Category}: {scope.How}] {request.Url} as {caller}: expected {expected}, got {answer}");
        }
    }

    public void Wrote(string operation, List<string> tables)
    {
        if (tables.Count == 0)
        {
            return;
        }

        _writes[operation] = tables;
        Failures.Add($"{operation} wrote while out of reach: {string.Join("; ", tables)}");
    }

    public string FailureMessage()
    {
        var failing = _calls.Where(c => !c.Ok).GroupBy(c => c.Operation)
            .Select(g => $"{g.Key}: {string.Join("; ", g.Select(c => $"{c.Caller} got {c.Got.Status}"))}").ToList();
        var unclassified = Failures.Where(f => f.Contains(": unclassified", StringComparison.Ordinal)).Select(f => f[..f.IndexOf(": unclassified", StringComparison.Ordinal)]).ToList();
        return $"{Failures.Count} failures.\n{failing.Count} operations answered a caller out of reach wrongly:\n  " + string.Join("\n  ", failing) +
            $"\n{unclassified.Count} operations unclassified:\n  " + string.Join("\n  ", unclassified) +
            $"\n{_writes.Count} wrote while out of reach:\n  " + string.Join("\n  ", _writes.Keys) +
            "\n\nEvery failure (artifacts/scope-matrix.md has the table):\n" + string.Join("\n", Failures);
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var byCategory = _classified.GroupBy(c => c.Scope.Category).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
        text.AppendLine("# Region-scope matrix")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Operations classified: {_classified.Count} ({string.Join(", ", byCategory)}); " +
                $"calls out of reach: {_calls.Count}, refused as docs/api.md section 1 says: {_calls.Count(c => c.Ok)}, wrong: {_calls.Count(c => !c.Ok)}; " +
                $"reads checked valid in reach: {_inReach.Count(r => r.Got.Status is >= 200 and < 300)} of {_inReach.Count}; " +
                $"writes valid in reach afterwards: {_writesInReach.Count(r => r.Got.Status is >= 200 and < 300)} of {_writesInReach.Count}.")
            .AppendLine()
            .AppendLine("Expected: 404 for a region or record addressed by the path, 400 naming the field for a record named by id in a body (as for an unknown id), " +
                "403 for a region named in the query, the body or an import's rows. Callers: a sibling region at the target's level and " +
                "a region one level below it, each with a role the operation admits.")
            .AppendLine();

        if (Failures.Count > 0)
        {
            text.AppendLine("## Failures").AppendLine();
            foreach (var failure in Failures)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {failure.Replace("\n", " ", StringComparison.Ordinal)}");
            }

            text.AppendLine();
        }

        text.AppendLine("## Calls").AppendLine().AppendLine("| operation | caller | target | expected | got | |").AppendLine("|---|---|---|---|---|---|");
        foreach (var call in _calls)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{call.Operation}` | {call.Caller} | {call.Target} | {call.Expected} | {Cell(call.Got.ToString())} | {(call.Ok ? "✓" : "✗")} |");
        }

        text.AppendLine().AppendLine("## Classification").AppendLine().AppendLine("| operation | category | because |").AppendLine("|---|---|---|");
        foreach (var (operation, scope) in _classified.OrderBy(c => c.Scope.Category).ThenBy(c => c.Operation, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{operation}` | {scope.Category} | {scope.How} |");
        }

        text.AppendLine().AppendLine("## Reads in reach").AppendLine().AppendLine("| operation | url | caller | got |").AppendLine("|---|---|---|---|");
        foreach (var read in _inReach)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{read.Operation}` | `{read.Url}` | {read.Caller} | {Cell(read.Got.ToString())} |");
        }

        text.AppendLine().AppendLine("## Writes in reach, after the matrix (reported, not asserted)").AppendLine()
            .AppendLine("Each write once by a caller of the target's own region with the same role, in the order above: a 2xx shows the " +
                "request valid; a 409 can follow a state used up by a write that wrongly succeeded out of reach.")
            .AppendLine().AppendLine("| operation | url | caller | got |").AppendLine("|---|---|---|---|");
        foreach (var write in _writesInReach)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{write.Operation}` | `{write.Url}` | {write.Caller} | {Cell(write.Got.ToString())} |");
        }

        if (_writes.Count > 0)
        {
            text.AppendLine().AppendLine("## Written while out of reach").AppendLine().AppendLine("| operation | tables |").AppendLine("|---|---|");
            foreach (var (operation, tables) in _writes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| `{operation}` | {Cell(string.Join("; ", tables))} |");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
    }
}
