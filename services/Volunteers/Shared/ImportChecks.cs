using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Shared;

/// <summary>Checks the bulk imports share: the live communities, an optional id column, enum names and dates.</summary>
public static class ImportChecks
{
    public static async Task<HashSet<string>> LiveCommunitiesAsync(this VolunteersDb db, CancellationToken cancellationToken) =>
        (await db.ReplicatedRegions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Community && !r.Retired).Select(r => r.Code)
            .ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>The row's id when the id column holds one that no earlier row used; null (and no error) when it is empty.</summary>
    public static Guid? OptionalId(string? text, int row, Dictionary<Guid, int> seen, List<ImportError> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (!Guid.TryParse(text, out var id) || id == Guid.Empty)
        {
            errors.Add(new ImportError(row, "id", "An id is a UUID, or left empty."));
            return null;
        }

        if (!seen.TryAdd(id, row))
        {
            errors.Add(new ImportError(row, "id", $"The same id is on row {seen[id]}."));
            return null;
        }

        return id;
    }

    /// <summary>An enum value by its name (numbers are not names), or null with an error for the field.</summary>
    public static TEnum? Named<TEnum>(string? text, int row, string field, List<ImportError> errors) where TEnum : struct, Enum
    {
        if (text is not null && !text.Any(char.IsAsciiDigit) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        errors.Add(new ImportError(row, field, $"One of: {string.Join(", ", Enum.GetNames<TEnum>())}."));
        return null;
    }

    public static string? Text(string? text, int row, string field, int maxLength, List<ImportError> errors)
    {
        if (text is { Length: > 0 } && text.Length <= maxLength)
        {
            return text;
        }

        errors.Add(new ImportError(row, field, $"1 to {maxLength} characters."));
        return null;
    }

    public static DateTimeOffset? Time(string? text, int row, string field, List<ImportError> errors)
    {
        if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        errors.Add(new ImportError(row, field, "A time in ISO 8601, e.g. 2024-05-01T08:00:00Z."));
        return null;
    }

    public static int? Number(string? text, int row, string field, int min, int max, List<ImportError> errors)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        errors.Add(new ImportError(row, field, $"A whole number from {min} to {max}."));
        return null;
    }

    public static Guid? Reference(string? text, int row, string field, IReadOnlySet<Guid> known, string what, List<ImportError> errors)
    {
        if (Guid.TryParse(text, out var id) && known.Contains(id))
        {
            return id;
        }

        errors.Add(new ImportError(row, field, $"No {what} has this id."));
        return null;
    }

    public static ImportReport Report(int rows, int imported, List<ImportError> errors) =>
        new(rows, imported, errors.Select(e => e.Row).Distinct().Count(), [.. errors.OrderBy(e => e.Row)]);
}
