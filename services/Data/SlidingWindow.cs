using Microsoft.EntityFrameworkCore;

namespace Platform.Data;

/// <summary>
/// At most <see cref="Limit"/> events per key in any <see cref="Window"/>, counted from the records themselves under an
/// advisory lock on the key, so concurrent requests count each other and the last slot is taken once. Call it inside
/// the transaction that writes the new records; a refused request writes nothing.
/// </summary>
public sealed record SlidingWindow(AdvisoryLock Lock, int Limit, TimeSpan Window)
{
    /// <summary>
    /// How long until <paramref name="count"/> more events fit for <paramref name="key"/>, or null if they fit now.
    /// <paramref name="recent"/> selects the key's event times; only the newest <see cref="Limit"/> inside the window are read.
    /// </summary>
    public async Task<TimeSpan?> WaitAsync(
        DbContext db, string key, Func<DateTimeOffset, IQueryable<DateTimeOffset>> recent, int count, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await Lock.TakeAsync(db, key, cancellationToken);
        var times = await recent(now - Window).OrderByDescending(t => t).Take(Limit).ToListAsync(cancellationToken);
        var mustExpire = times.Count + count - Limit;
        return mustExpire <= 0 ? null : times[times.Count - mustExpire] + Window - now;
    }
}
