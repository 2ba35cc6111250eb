namespace Platform.Incubation.Shared;

public static class TextList
{
    /// <summary>Trimmed, without nulls, blanks or repeats, in the order given.</summary>
    public static List<string> Normalise(IEnumerable<string?>? items) =>
        items?.OfType<string>().Select(i => i.Trim()).Where(i => i.Length > 0).Distinct().ToList() ?? [];
}
