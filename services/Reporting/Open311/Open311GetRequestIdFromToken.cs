namespace Platform.Reporting.Open311;

public static class Open311GetRequestIdFromToken
{
    /// <summary>
    /// GET tokens/{token}.{format}: the service_request_id a token stands for. Requests are created at once, so the token
    /// a POST returns is the request's id and this answers it straight away; out of reach reads as unknown (404).
    /// </summary>
    public static async Task<ContentHttpResult> HandleAsync(
        string token, string format, ClaimsPrincipal user, ReportingDb db, CancellationToken ct)
    {
        if (Open311Document.BadFormat(format) is { } bad)
        {
            return bad;
        }

        return await Open311RequestView.FindVisibleAsync(token, user, db, ct) is not { } found
            ? Open311Document.Error(format, StatusCodes.Status404NotFound, $"No service request has the token '{token}'.")
            : Open311Document.Write(format, "service_requests", new Open311List("request",
                [new Open311Object().Add("service_request_id", found.Id.ToString()).Add("token", token)]));
    }
}
