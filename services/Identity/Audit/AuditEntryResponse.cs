using Platform.Contracts.Identity;

namespace Platform.Identity.Audit;

public sealed record AuditEntryResponse(Guid Id, string Service, string Subject, string? Name, IReadOnlyList<string> Roles, string? Region,
    string Method, string Path, IReadOnlyList<AuditedChange> Changes, DateTimeOffset At);
