namespace Platform.Incubation.Shared;

public static class Text
{
    /// <summary>Trimmed, or null when blank.</summary>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
