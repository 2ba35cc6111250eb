using System.Diagnostics;

namespace Platform.ServiceDefaults.Telemetry;

public static class PlatformActivity
{
    public const string SourceName = "Platform";
    public static readonly ActivitySource Source = new(SourceName);
}
