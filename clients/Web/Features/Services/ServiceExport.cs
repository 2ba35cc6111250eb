namespace Platform.Web.Features.Services;

/// <summary>The CSV exports the reporting API offers; compliance is by region only, the others by region and dates.</summary>
public enum ServiceExport
{
    Records,
    Requests,
    Statistics,
    Compliance,
}
