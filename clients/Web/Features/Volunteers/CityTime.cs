using System.Globalization;

namespace Platform.Web.Features.Volunteers;

/// <summary>The API speaks UTC; people in the city read and type Asia/Shanghai times.</summary>
public static class CityTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime ToCity(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;

    public static DateTimeOffset FromCity(DateTime local) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));

    /// <summary>The city's time now, to the minute (what a datetime-local input holds).</summary>
    public static DateTime Now()
    {
        var now = ToCity(DateTimeOffset.UtcNow);
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute));
    }

    public static string Format(DateTimeOffset? at) => at is { } value ? ToCity(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static Microsoft.Kiota.Abstractions.Date? AsDate(DateTime? day) => day is { } d ? new Microsoft.Kiota.Abstractions.Date(d) : null;
}
