namespace Platform.Contracts.Identity;

/// <summary>
/// A write made on behalf of a caller: who (subject, roles, region scope), what (the request and the rows it changed)
/// and when. Every service stores it in its outbox in the same transaction as the change; Identity keeps the log.
/// </summary>
public sealed record AuditRecorded(
    Guid Id,
    string Service,
    string Subject,
    string? Name,
    IReadOnlyList<string> Roles,
    string? Region,
    string Method,
    string Path,
    IReadOnlyList<AuditedChange> Changes,
    DateTimeOffset At);

/// <summary>
/// One changed row: its entity type, key and whether it was added, modified or deleted; or, for a bulk write that
/// bypasses the change tracker (binary COPY), one entry per table with the import's key and the rows it wrote.
/// </summary>
public sealed record AuditedChange(string Entity, string Key, string State, int Rows = 1);
