namespace Platform.Messaging;

public sealed class OutboxOptions
{
    /// <summary>The most rows the relay reads and publishes in one transaction.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How often the relay looks for unsent rows when no commit notification arrives.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one publish may wait for the broker's confirmation.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long sent rows and inbox records are kept before they are deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
