namespace Platform.Incubation.Shared;

/// <summary>Field → messages, as a 400 problem document lists them.</summary>
public sealed class Errors : Dictionary<string, string[]>
{
    public static Errors Of(string field, string message) => new Errors().When(true, field, message);

    public Errors When(bool broken, string field, string message)
    {
        if (broken)
        {
            this[field] = TryGetValue(field, out var existing) ? [.. existing, message] : [message];
        }

        return this;
    }

    public Errors With(string field, string? problem) => When(problem is not null, field, problem!);

    /// <summary>Adds <paramref name="inner"/>'s errors under "<paramref name="prefix"/>.field", as a nested member is named.</summary>
    public Errors Nest(string prefix, Errors inner)
    {
        foreach (var (field, messages) in inner)
        {
            this[$"{prefix}.{field}"] = messages;
        }

        return this;
    }
}
