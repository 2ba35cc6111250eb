using Platform.ServiceDefaults.Problems;

namespace Platform.Incubation.Shared;

/// <summary>What a domain step came to: the event to publish, a refusal (409) or invalid input (400).</summary>
public sealed record Outcome<TEvent>(TEvent? Event, Refusal? Refusal, Errors? Invalid) where TEvent : class;

public static class Outcome
{
    public static Outcome<TEvent> Of<TEvent>(Refusal? refusal, TEvent? @event) where TEvent : class => new(@event, refusal, null);

    public static Outcome<TEvent> Invalid<TEvent>(Errors errors) where TEvent : class => new(null, null, errors);
}
