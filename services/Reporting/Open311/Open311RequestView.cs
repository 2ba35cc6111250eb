using Platform.Reporting.Requests;

namespace Platform.Reporting.Open311;

/// <summary>A service request as GeoReport v2 describes it.</summary>
public static class Open311RequestView
{
    /// <summary>The request that an id (or a token, which is the id) names, when the caller may see it; otherwise null.</summary>
    public static async Task<ServiceRequest?> FindVisibleAsync(string id, ClaimsPrincipal user, ReportingDb db, CancellationToken ct) =>
        Guid.TryParse(id, out var guid) && await db.ServiceRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == guid, ct) is { } found
            && user.CanSee(found)
            ? found
            : null;

    public static Open311Object Describe(ServiceRequest r) => new Open311Object()
        .Add("service_request_id", r.Id.ToString())
        .Add("status", r.IsOpen ? "open" : "closed")
        .Add("status_notes", r.Notes is null ? r.State.ToString().ToLowerInvariant() : $"{r.State.ToString().ToLowerInvariant()}: {r.Notes}")
        .Add("service_name", Open311Catalogue.NameOf(r.Kind))
        .Add("service_code", Open311Catalogue.CodeOf(r.Kind))
        .Add("description", r.Description)
        .Add("agency_responsible", r.AssignedTo)
        .Add("service_notice", Notice(r))
        .Add("requested_datetime", Open311Document.Time(r.ReportedAt))
        .Add("updated_datetime", Open311Document.Time(r.UpdatedAt))
        .Add("expected_datetime", Open311Document.Time(r.Deadline))
        .Add("address", r.Address)
        .Add("address_id", null)
        .Add("zipcode", null)
        .Add("lat", r.Latitude)
        .Add("long", r.Longitude)
        .Add("media_url", r.MediaUrl);

    public static string Notice(ServiceRequest r) =>
        $"Handled within {Open311Catalogue.DeadlineOf(r.Kind).TotalHours:0} hours; community {r.CommunityCode}.";
}
