using Platform.Security;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;

namespace Platform.Security;

/// <summary>Rows written around the change tracker, waiting for the context's next SaveChanges to audit them.</summary>
public static class BulkWrites
{
    private static readonly ConditionalWeakTable<DbContext, List<AuditedChange>> Pending = [];

    /// <summary>
    /// Rows written around the change tracker (binary COPY, INSERT … SELECT) in this context's transaction: the next
    /// SaveChanges audits them, one change per call, in the same transaction (see <see cref="AuditInterceptor"/>). A call
    /// with no rows records nothing, so a re-run that skips everything publishes nothing.
    /// </summary>
    public static void AuditBulkWrite(this DbContext db, string entity, string key, int rows)
    {
        if (rows > 0)
        {
            Pending.GetOrCreateValue(db).Add(new AuditedChange(entity, key, "Added", rows));
        }
    }

    internal static List<AuditedChange> Take(DbContext db) =>
        Pending.TryGetValue(db, out var writes) && Pending.Remove(db) ? writes : [];
}
