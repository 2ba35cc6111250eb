namespace Platform.Imports;

/// <summary>
/// The columns an import expects, found in the header by name in any order and any case. A header without a
/// <see cref="Required"/> column rejects the import; with <see cref="RejectUnknown"/>, so does a name that is neither
/// required nor <see cref="Optional"/> (a misspelt optional column would otherwise be read as absent without a word).
/// </summary>
public sealed record ImportColumns(IReadOnlyList<string> Required, IReadOnlyList<string>? Optional = null, bool RejectUnknown = false)
{
    /// <summary>Every column the import knows, required first.</summary>
    public IEnumerable<string> All => Required.Concat(Optional ?? []);
}
