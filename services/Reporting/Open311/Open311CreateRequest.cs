using System.Globalization;
using Platform.Reporting.Requests;

namespace Platform.Reporting.Open311;

public static class Open311CreateRequest
{
    public static async Task<ContentHttpResult> HandleAsync(
        string format, HttpRequest request, ClaimsPrincipal user, ReportingDb db, RegionDirectory regions, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        if (Open311Document.BadFormat(format) is { } bad)
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
        var kind = Open311Catalogue.KindOf(Field("service_code"));
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

        var community = Field($"attribute[{Open311Catalogue.CommunityAttribute}]")
            ?? (user.RegionOf() is { Length: 12 } own ? own : null);
        if (errors.Count > 0)
        {
            return Open311Document.Error(format, StatusCodes.Status400BadRequest, [.. errors]);
        }

        // Scope before the community's existence: a caller learns nothing about the communities of another region.
        if (await regions.OutOfReachAsync(community, user, $"attribute[{Open311Catalogue.CommunityAttribute}]", ct) is not null)
        {
            return Open311Document.Error(format, StatusCodes.Status403Forbidden,
                $"attribute[{Open311Catalogue.CommunityAttribute}] is outside your region.");
        }

        if (await regions.CommunityProblemAsync(community, ct) is not null)
        {
            return Open311Document.Error(format, StatusCodes.Status400BadRequest,
                $"attribute[{Open311Catalogue.CommunityAttribute}] names no live community.");
        }

        var now = clock.GetUtcNow();
        var created = ServiceRequest.Report(kind!.Value, community!, description ?? "", address, lat, lon, Field("media_url"), user.SubjectOf(), now);
        db.ServiceRequests.Add(created);
        await db.SaveChangesAsync(ct);
        return Open311Document.Write(format, "service_requests", new Open311List("request",
        [
            new Open311Object().Add("service_request_id", created.Id.ToString()).Add("token", created.Id.ToString())
                .Add("service_notice", Open311RequestView.Notice(created)).Add("account_id", null),
        ]));
    }


    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
}
