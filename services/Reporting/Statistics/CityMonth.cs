namespace Platform.Reporting.Statistics;

/// <summary>Months are the city's months (Asia/Shanghai): an event at 23:30 UTC on 31 January counts in February.</summary>
public static class CityMonth
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Of(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        return new DateOnly(local.Year, local.Month, 1);
    }

    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);
}
