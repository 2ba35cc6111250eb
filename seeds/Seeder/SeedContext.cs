using Microsoft.Extensions.Logging;

namespace Platform.Seeds.Seeder;

/// <summary>What every stage works with; <see cref="Ids"/> maps the files' keys to the ids the services gave.</summary>
public sealed class SeedContext(PlatformClient api, SeedData data, SeedSettings settings, ILogger logger)
{
    public PlatformClient Api { get; } = api;
    public SeedData Data { get; } = data;
    public SeedSettings Settings { get; } = settings;
    public ILogger Logger { get; } = logger;
    public System.Collections.Concurrent.ConcurrentDictionary<string, Guid> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="work"/> over the items with <see cref="SeedSettings.Concurrency"/> requests in flight; returns how many did something.</summary>
    public async Task<int> ForEachAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, Task<bool>> work, CancellationToken cancellationToken)
    {
        var done = 0;
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Settings.Concurrency, CancellationToken = cancellationToken },
            async (item, ct) =>
            {
                if (await work(item, ct))
                {
                    Interlocked.Increment(ref done);
                }
            });
        return done;
    }
}
