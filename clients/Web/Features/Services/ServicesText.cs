namespace Platform.Web.Features.Services;

/// <summary>The strings of the six-services records, the service-request queue and the exports.</summary>
public sealed class ServicesText;
