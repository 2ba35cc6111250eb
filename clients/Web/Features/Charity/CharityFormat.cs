using Microsoft.Kiota.Abstractions;

namespace Platform.Web.Features.Charity;

/// <summary>Times as the city reads them (Asia/Shanghai), and the API's calendar dates from a date picker's.</summary>
public static class CharityFormat
{
    private static readonly TimeZoneInfo City = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string LocalTime(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, City).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";

    public static string Day(Date? date) => date?.ToString() ?? "";

    public static Date? ToDate(DateTime? day) => day is { } value ? new Date(value) : null;
}
