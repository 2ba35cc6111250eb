using Platform.Contracts.Identity;

namespace Platform.Identity.Audit;

/// <summary>One audited write, as recorded by the service that made it.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }
    public required string Service { get; init; }
    public required string Subject { get; init; }
    public string? Name { get; init; }
    public required List<string> Roles { get; init; }
    public string? Region { get; init; }
    public required string Method { get; init; }
    public required string Path { get; init; }
    public required List<AuditedChange> Changes { get; init; }
    public DateTimeOffset At { get; init; }

    public static AuditEntry From(AuditRecorded e) => new()
    {
        Id = e.Id, Service = e.Service, Subject = e.Subject, Name = e.Name, Roles = [.. e.Roles], Region = e.Region,
        Method = e.Method, Path = e.Path, Changes = [.. e.Changes], At = e.At,
    };
}
