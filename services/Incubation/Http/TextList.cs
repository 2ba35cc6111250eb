namespace Platform.Incubation.Http;

public static class TextList
{
    /// <summary>Trimmed, without nulls, blanks or repeats, in the order given.</summary>
    public static List<string> Normalise(IEnumerable<string?>? items) =>
        items?.OfType<string>().Select(i => i.Trim()).Where(i => i.Length > 0).Distinct().ToList() ?? [];
}

public static class Text
{
    /// <summary>Trimmed, or null when blank.</summary>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
