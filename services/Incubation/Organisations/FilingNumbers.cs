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

    public static async Task<string> NextAsync(this IncubationDb db, string communityCode, int year, CancellationToken cancellationToken)
    {
        var next = await db.Database.SqlQueryRaw<long>($"SELECT nextval('{Sequence}') AS \"Value\"").SingleAsync(cancellationToken);
        return $"{communityCode[..9]}{year:D4}{next:D5}";
    }
}
