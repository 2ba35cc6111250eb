namespace Platform.Testing;

/// <summary>Waits for an eventually consistent condition by polling it until a deadline; never a fixed sleep.</summary>
public static class Eventually
{
    public static async Task<T> UntilAsync<T>(
        Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        var delay = TimeSpan.FromMilliseconds(20);
        Exception? last = null;
        while (true)
        {
            T value = default!;
            try
            {
                value = await probe();
                if (done(value))
                {
                    return value;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                last = ex;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting for {what}; last value: {value}", last);
            }

            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 1.5, 500));
        }
    }

    public static Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, CancellationToken cancellationToken = default) =>
        UntilAsync(condition, ok => ok, timeout, what, cancellationToken);
}
