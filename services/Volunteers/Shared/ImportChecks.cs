using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Imports;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Shared;

/// <summary>
/// Checks the imports share on top of <see cref="ImportRow"/>: the live communities, an optional id column, enum names,
/// texts, times, bounded numbers and references. Each returns null for a field that fails, with the error on the row.
/// </summary>
public static class ImportChecks
{
    public static async Task<HashSet<string>> LiveCommunitiesAsync(this VolunteersDb db, CancellationToken cancellationToken) =>
        (await db.ReplicatedRegions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Community && !r.Retired).Select(r => r.Code)
            .ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>The row's id when the id column holds one that no earlier row used; null (and no error) when it is empty.</summary>
    public static Guid? OptionalId(this ImportRow row, Dictionary<Guid, int> seen)
    {
        if (row["id"] is not { } text)
        {
            return null;
        }

        if (!Guid.TryParse(text, out var id) || id == Guid.Empty)
        {
            row.Error("id", "An id is a UUID, or left empty.");
            return null;
        }

        if (!seen.TryAdd(id, row.Number))
        {
            row.Error("id", $"The same id is on row {seen[id]}.");
            return null;
        }

        return id;
    }

    /// <summary>A required enum value by its name.</summary>
    public static TEnum? Named<TEnum>(this ImportRow row, string column) where TEnum : struct, Enum =>
        row.Required(column) is null ? null : row.Enum<TEnum>(column);

    public static string? Text(this ImportRow row, string column, int maxLength)
    {
        if (row[column] is { } text && text.Length <= maxLength)
        {
            return text;
        }

        row.Error(column, $"1 to {maxLength} characters.");
        return null;
    }

    public static DateTimeOffset? Time(this ImportRow row, string column)
    {
        if (row[column] is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        row.Error(column, "A time in ISO 8601, e.g. 2024-05-01T08:00:00Z.");
        return null;
    }

    public static int? Number(this ImportRow row, string column, int min, int max)
    {
        if (int.TryParse(row[column], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        row.Error(column, $"A whole number from {min} to {max}.");
        return null;
    }

    public static Guid? Reference(this ImportRow row, string column, IReadOnlySet<Guid> known, string what)
    {
        if (Guid.TryParse(row[column], out var id) && known.Contains(id))
        {
            return id;
        }

        row.Error(column, $"No {what} has this id.");
        return null;
    }
}
