using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Platform.Reporting.Requests;

namespace Platform.Reporting.Open311;

public static class Open311ListRequests
{
    private const int MaxRequests = 1000;

    public static async Task<ContentHttpResult> HandleAsync(
        string format, [FromQuery(Name = "service_request_id")] string? ids, [FromQuery(Name = "service_code")] string? serviceCodes,
        [FromQuery(Name = "start_date")] string? startDate, [FromQuery(Name = "end_date")] string? endDate, string? status,
        ClaimsPrincipal user, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        if (Open311Document.BadFormat(format) is { } bad)
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
        return Open311Document.Write(format, "service_requests", new Open311List("request", [.. rows.Select(Open311RequestView.Describe)]));
    }


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

        var kinds = text.Split(',', StringSplitOptions.TrimEntries).Select(Open311Catalogue.KindOf).ToList();
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
