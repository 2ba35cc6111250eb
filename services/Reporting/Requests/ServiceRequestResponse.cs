namespace Platform.Reporting.Requests;

public sealed record ServiceRequestResponse(
    Guid Id, RequestKind Kind, RequestState State, string CommunityCode, string Description, string? Address,
    double? Latitude, double? Longitude, string? AssignedTo, string? Notes, DateTimeOffset ReportedAt, DateTimeOffset Deadline,
    bool Overdue, DateTimeOffset UpdatedAt, IReadOnlyList<RequestTransition> History, int Version);

public static class ServiceRequestMapping
{
    public static ServiceRequestResponse ToResponse(this ServiceRequest r, DateTimeOffset now) =>
        new(r.Id, r.Kind, r.State, r.CommunityCode, r.Description, r.Address, r.Latitude, r.Longitude, r.AssignedTo, r.Notes,
            r.ReportedAt, r.Deadline, r.IsOverdue(now), r.UpdatedAt, r.History, r.Version);
}
