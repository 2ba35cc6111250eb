using Microsoft.Kiota.Abstractions;

namespace Platform.Web.Features.Services;

/// <summary>The city's days and times (Asia/Shanghai) as filters send them and pages show them.</summary>
public static class CityTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static Date? ToDate(DateTime? day) => day is { } value ? new Date(value) : null;

    public static string Format(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";

    public static string Format(Date? day) => day?.ToString() ?? "";
}
