namespace Platform.Messaging;

/// <summary>Wakes the relay: set when this process commits outbox rows (<see cref="OutboxCommitInterceptor"/>), waited on with the polling interval as a fallback.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Set()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the relay will read everything committed so far in one pass.
        }
    }

    public void Dispose() => _semaphore.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);
}
