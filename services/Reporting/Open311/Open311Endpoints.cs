using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.RegionReplica;
using Platform.Reporting.Data;
using Platform.Reporting.Http;
using Platform.Reporting.Requests;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Reporting.Open311;

/// <summary>
/// Open311 GeoReport v2 over the service requests: services list, service definition, create a request, a request's
/// status and the request list, each as .json or .xml. The bearer token authorises; the spec's api_key and
/// jurisdiction_id are accepted and ignored. Contact fields (email, names, phone) are not stored.
/// </summary>
public static class Open311Endpoints
{
    private const int MaxRequests = 1000;

    public static ContentHttpResult ListServices(string format) =>
        BadFormat(format) ?? Open311Document.Write(format, "services", new Open311List("service", [.. Open311Services.Codes.Select(Open311Services.Describe)]));

    public static ContentHttpResult DefineService(string serviceCode, string format) =>
        BadFormat(format) ?? (Open311Services.KindOf(serviceCode) is null
            ? Open311Document.Error(format, StatusCodes.Status404NotFound, $"No service has the code '{serviceCode}'.")
            : Open311Document.Write(format, "service_definition", Open311Services.Definition(serviceCode)));

    public static async Task<ContentHttpResult> CreateAsync(
        string format, HttpRequest request, ClaimsPrincipal user, ReportingDb db, RegionDirectory regions, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        if (BadFormat(format) is { } bad)
        {
            return bad;
        }

        if (!request.HasFormContentType)
        {
            return Open311Document.Error(format, StatusCodes.Status400BadRequest, "A request is posted as application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync(ct);
        string? Field(string name) => form[name].FirstOrDefault() is { Length: > 0 } v ? v.Trim() : null;
        var errors = new List<string>();
        var kind = Open311Services.KindOf(Field("service_code"));
        if (kind is null)
        {
            errors.Add(Field("service_code") is null ? "service_code was not provided." : "service_code names no service.");
        }

        var (lat, lon) = (Number(Field("lat")), Number(Field("long")));
        var address = Field("address_string");
        if ((lat is null || lon is null) && address is null && Field("address_id") is null)
        {
            errors.Add("A location is required: lat and long, address_string or address_id.");
        }

        if (lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            errors.Add("lat and long are WGS84 degrees.");
        }

        var description = Field("description");
        if (description is { Length: > 2000 })
        {
            errors.Add("description has at most 2000 characters.");
        }

        var community = Field($"attribute[{Open311Services.CommunityAttribute}]")
            ?? (user.RegionOf() is { Length: 12 } own ? own : null);
        if (errors.Count > 0)
        {
            return Open311Document.Error(format, StatusCodes.Status400BadRequest, [.. errors]);
        }

        // Scope before the community's existence: a caller learns nothing about the communities of another region.
        if (await regions.OutOfReachAsync(community, user, $"attribute[{Open311Services.CommunityAttribute}]", ct) is not null)
        {
            return Open311Document.Error(format, StatusCodes.Status403Forbidden,
                $"attribute[{Open311Services.CommunityAttribute}] is outside your region.");
        }

        if (await regions.CommunityProblemAsync(community, ct) is not null)
        {
            return Open311Document.Error(format, StatusCodes.Status400BadRequest,
                $"attribute[{Open311Services.CommunityAttribute}] names no live community.");
        }

        var now = clock.GetUtcNow();
        var created = ServiceRequest.Report(kind!.Value, community!, description ?? "", address, lat, lon, Field("media_url"), user.SubjectOf(), now);
        db.ServiceRequests.Add(created);
        await db.SaveChangesAsync(ct);
        return Open311Document.Write(format, "service_requests", new Open311List("request",
        [
            new Open311Object().Add("service_request_id", created.Id.ToString()).Add("token", created.Id.ToString())
                .Add("service_notice", Notice(created)).Add("account_id", null),
        ]));
    }

    public static async Task<ContentHttpResult> GetAsync(
        string serviceRequestId, string format, ClaimsPrincipal user, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        if (BadFormat(format) is { } bad)
        {
            return bad;
        }

        var found = Guid.TryParse(serviceRequestId, out var id)
            ? await db.ServiceRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct)
            : null;
        return found is null || !user.CanSee(found)
            ? Open311Document.Error(format, StatusCodes.Status404NotFound, $"No service request has the id '{serviceRequestId}'.")
            : Open311Document.Write(format, "service_requests", new Open311List("request", [Describe(found)]));
    }

    /// <summary>
    /// GET tokens/{token}.{format}: the service_request_id a token stands for. Requests are created at once, so the token
    /// a POST returns is the request's id and this answers it straight away; out of reach reads as unknown (404).
    /// </summary>
    public static async Task<ContentHttpResult> GetTokenAsync(
        string token, string format, ClaimsPrincipal user, ReportingDb db, CancellationToken ct)
    {
        if (BadFormat(format) is { } bad)
        {
            return bad;
        }

        var found = Guid.TryParse(token, out var id)
            ? await db.ServiceRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct)
            : null;
        return found is null || !user.CanSee(found)
            ? Open311Document.Error(format, StatusCodes.Status404NotFound, $"No service request has the token '{token}'.")
            : Open311Document.Write(format, "service_requests", new Open311List("request",
                [new Open311Object().Add("service_request_id", found.Id.ToString()).Add("token", token)]));
    }

    public static async Task<ContentHttpResult> ListAsync(
        string format, [FromQuery(Name = "service_request_id")] string? ids, [FromQuery(Name = "service_code")] string? serviceCodes,
        [FromQuery(Name = "start_date")] string? startDate, [FromQuery(Name = "end_date")] string? endDate, string? status,
        ClaimsPrincipal user, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        if (BadFormat(format) is { } bad)
        {
            return bad;
        }

        var scope = user.RegionOf() is { } region && RegionCode.LevelOf(region) is { } level ? RegionCode.SubtreePrefix(region, level) : null;
        if (scope is null)
        {
            return Open311Document.Error(format, StatusCodes.Status403Forbidden, "Your token has no region.");
        }

        var query = db.ServiceRequests.AsNoTracking().Where(r => r.CommunityCode.StartsWith(scope)).OwnedBy(user);
        if (ids is not null)
        {
            // The spec: a list of ids overrides every other filter.
            var wanted = ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(t => Guid.TryParse(t, out var g) ? g : Guid.Empty).ToList();
            query = query.Where(r => wanted.Contains(r.Id));
        }
        else
        {
            var errors = new List<string>();
            var (from, to) = (Time(startDate, "start_date", errors), Time(endDate, "end_date", errors));
            var kinds = Codes(serviceCodes, errors);
            var states = Statuses(status, errors);
            if (errors.Count > 0)
            {
                return Open311Document.Error(format, StatusCodes.Status400BadRequest, [.. errors]);
            }

            // Without dates, the last 90 days (the spec's default window).
            from ??= (to ?? clock.GetUtcNow()).AddDays(-90);
            query = query.Where(r => r.ReportedAt >= from);
            if (to is not null)
            {
                query = query.Where(r => r.ReportedAt <= to);
            }

            if (kinds is not null)
            {
                query = query.Where(r => kinds.Contains(r.Kind));
            }

            if (states is not null)
            {
                query = query.Where(r => states.Contains(r.State));
            }
        }

        var rows = await query.OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id).Take(MaxRequests).ToListAsync(ct);
        return Open311Document.Write(format, "service_requests", new Open311List("request", [.. rows.Select(Describe)]));
    }

    private static Open311Object Describe(ServiceRequest r) => new Open311Object()
        .Add("service_request_id", r.Id.ToString())
        .Add("status", r.IsOpen ? "open" : "closed")
        .Add("status_notes", r.Notes is null ? r.State.ToString().ToLowerInvariant() : $"{r.State.ToString().ToLowerInvariant()}: {r.Notes}")
        .Add("service_name", Open311Services.NameOf(r.Kind))
        .Add("service_code", Open311Services.CodeOf(r.Kind))
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

    private static string Notice(ServiceRequest r) =>
        $"Handled within {Open311Services.DeadlineOf(r.Kind).TotalHours:0} hours; community {r.CommunityCode}.";

    private static ContentHttpResult? BadFormat(string format) => format is "json" or "xml"
        ? null
        : Open311Document.Error("json", StatusCodes.Status400BadRequest, "The format is json or xml.");

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateTimeOffset? Time(string? text, string name, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }

        errors.Add($"{name} is a W3C date-time such as 2026-11-05T13:15:30Z.");
        return null;
    }

    private static List<RequestKind>? Codes(string? text, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        var kinds = text.Split(',', StringSplitOptions.TrimEntries).Select(Open311Services.KindOf).ToList();
        if (kinds.Any(k => k is null))
        {
            errors.Add("service_code names no service.");
        }

        return [.. kinds.OfType<RequestKind>()];
    }

    private static List<RequestState>? Statuses(string? text, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        var states = new List<RequestState>();
        foreach (var s in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (s == "open")
            {
                states.AddRange([RequestState.Reported, RequestState.Accepted, RequestState.Assigned]);
            }
            else if (s == "closed")
            {
                states.AddRange([RequestState.Resolved, RequestState.Closed]);
            }
            else
            {
                errors.Add("status is open or closed.");
            }
        }

        return states;
    }
}
