namespace Platform.Reporting.Open311;

public static class Open311GetRequest
{
    public static async Task<ContentHttpResult> HandleAsync(
        string serviceRequestId, string format, ClaimsPrincipal user, ReportingDb db, CancellationToken ct)
    {
        if (Open311Document.BadFormat(format) is { } bad)
        {
            return bad;
        }

        return await Open311RequestView.FindVisibleAsync(serviceRequestId, user, db, ct) is not { } found
            ? Open311Document.Error(format, StatusCodes.Status404NotFound, $"No service request has the id '{serviceRequestId}'.")
            : Open311Document.Write(format, "service_requests", new Open311List("request", [Open311RequestView.Describe(found)]));
    }
}
