namespace Platform.Reporting;

public static class ReportingApi
{
    public const string ServiceName = "reporting";
    public const string Prefix = "/api/reporting";
}
