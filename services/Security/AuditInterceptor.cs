using Platform.Security;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Contracts.Identity;
using Platform.Messaging;
using Platform.ServiceDefaults.Security;

namespace Platform.Security;

/// <summary>
/// Records who changed what and when for every write a caller makes: just before a request's changes are saved, an
/// <see cref="AuditRecorded"/> event joins them in the outbox, so the audit entry commits (or fails) with the change.
/// Rows a bulk import wrote with COPY join as one change per table (<see cref="BulkWrites.AuditBulkWrite"/>).
/// Writes made by consumers (no caller) are not audited here: their cause is the audited write that published the event.
/// </summary>
internal sealed class AuditInterceptor(string service, IHttpContextAccessor http) : SaveChangesInterceptor
{
    /// <summary>Beyond this many rows a save is summarised per entity and state: a 10,000-row import would otherwise be a message of megabytes.</summary>
    private const int ItemisedRows = 200;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Record(DbContext? context)
    {
        if (context is not { } db)
        {
            return;
        }

        var bulkWrites = BulkWrites.Take(db);
        if (http.HttpContext is not { User.Identity.IsAuthenticated: true } request)
        {
            return;
        }

        var changes = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not OutboxMessage and not InboxMessage)
            .Select(Describe)
            .Concat(bulkWrites)
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }

        if (changes.Count > ItemisedRows)
        {
            changes = [.. changes.GroupBy(c => (c.Entity, c.State))
                .Select(g => new AuditedChange(g.Key.Entity, $"{g.Count()} keys", g.Key.State, g.Sum(c => c.Rows)))];
        }

        var user = request.User;
        var now = TimeProvider.System.GetUtcNow();
        var entry = new AuditRecorded(Guid.CreateVersion7(now), service, user.SubjectOf(), user.FindFirstValue(PlatformClaims.Name),
            [.. user.FindAll(PlatformClaims.Role).Select(c => c.Value)], user.RegionOf(),
            request.Request.Method, request.Request.Path, changes, now);
        db.Publish(entry);
    }

    private static AuditedChange Describe(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString());
        return new AuditedChange(entry.Metadata.ClrType.Name, key is null ? "" : string.Join('/', key), entry.State.ToString());
    }
}
