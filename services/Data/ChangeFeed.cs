using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Platform.Data;

/// <summary>One changed record of a change feed; <see cref="Removed"/> when it left the list (retired, revoked, reversed, erased).</summary>
public sealed record Change<T>(Guid Id, bool Removed, T Item);

/// <summary>A page of a change feed (docs/api.md, section 6): pass <see cref="Next"/> as <c>after</c> on the next call.</summary>
public sealed record ChangePage<T>(IReadOnlyList<Change<T>> Items, string Next, bool HasMore);

/// <summary>
/// Where a reader of a change feed stands: the change sequence (the id of the writing transaction) and the record id of
/// the last change it has read. Opaque to clients.
/// </summary>
public readonly record struct ChangeToken(long Sequence, Guid Id)
{
    public static readonly ChangeToken Start = new(0, Guid.Empty);

    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Sequence}.{Id:N}")));

    /// <summary>The token a client sent, <see cref="Start"/> for none, or null when it is not a token this platform made.</summary>
    public static ChangeToken? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Start;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split('.');
            return parts.Length == 2
                   && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
                   && Guid.TryParseExact(parts[1], "N", out var id)
                ? new ChangeToken(sequence, id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

public static class ChangeFeed
{
    /// <summary>The shadow property (column <c>change_seq</c>) that <see cref="ChangeTracking"/> keeps on a tracked table.</summary>
    public const string SequenceProperty = "ChangeSeq";

    /// <summary>
    /// The changes of <paramref name="query"/> after <paramref name="after"/>, oldest first. Only changes of transactions
    /// that have ended are handed out (their sequence is below the oldest transaction still running), so a change that
    /// commits later always has a sequence above every token given before it: a reader never skips one.
    /// </summary>
    public static async Task<ChangePage<TResponse>> ReadChangesAsync<T, TResponse>(
        this DbContext db, IQueryable<T> query, ChangeToken after, int size, Func<T, Guid> id, Func<T, bool> removed,
        Func<T, TResponse> map, CancellationToken cancellationToken) where T : class
    {
        var horizon = await db.Database
            .SqlQueryRaw<long>("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS \"Value\"")
            .SingleAsync(cancellationToken);
        var rows = await query
            .Where(e => EF.Property<long>(e, SequenceProperty) < horizon)
            .Where(e => EF.Property<long>(e, SequenceProperty) > after.Sequence
                        || (EF.Property<long>(e, SequenceProperty) == after.Sequence && EF.Property<Guid>(e, "Id").CompareTo(after.Id) > 0))
            .OrderBy(e => EF.Property<long>(e, SequenceProperty)).ThenBy(e => EF.Property<Guid>(e, "Id"))
            .Select(e => new { Entity = e, Sequence = EF.Property<long>(e, SequenceProperty) })
            .Take(size + 1)
            .ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        var next = page.Count == 0 ? after : new ChangeToken(page[^1].Sequence, id(page[^1].Entity));
        return new ChangePage<TResponse>(
            [.. page.Select(r => new Change<TResponse>(id(r.Entity), removed(r.Entity), map(r.Entity)))], next.ToString(), rows.Count > size);
    }
}
