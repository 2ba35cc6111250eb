using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Data;

namespace Platform.Incubation.Organisations;

/// <summary>
/// Filing numbers (备案编号) of community social organisations: the street's 9-digit code, the year and a number from
/// a database sequence, e.g. 511603001 2026 00042. The sequence never hands out a number twice, so concurrent filings
/// cannot collide; a unique index stands behind it.
/// </summary>
public static class FilingNumbers
{
    public const string Sequence = "filing_numbers";

    public static async Task<string> NextAsync(this IncubationDb db, string communityCode, int year, CancellationToken cancellationToken) =>
        Format(communityCode, year, (await db.TakeAsync(1, cancellationToken))[0]);

    /// <summary>Takes <paramref name="count"/> numbers from the sequence in one round trip.</summary>
    public static Task<List<long>> TakeAsync(this IncubationDb db, int count, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>($"SELECT nextval('filing_numbers') AS \"Value\" FROM generate_series(1, {count})").ToListAsync(cancellationToken);

    public static string Format(string communityCode, int year, long number) => $"{communityCode[..9]}{year:D4}{number:D5}";
}
