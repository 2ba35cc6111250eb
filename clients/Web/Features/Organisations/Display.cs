using System.Globalization;
using Microsoft.Kiota.Abstractions;

namespace Platform.Web.Features.Organisations;

/// <summary>Times in the city's zone (UTC+8, no daylight saving), dates as the API gives them, money from fen.</summary>
public static class Display
{
    private static readonly TimeSpan CityOffset = TimeSpan.FromHours(8);

    public static string Time(DateTimeOffset? at) =>
        at?.ToOffset(CityOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";

    public static string Day(Date? date) => date?.ToString() ?? "";

    public static string Yuan(long? fen) => fen is { } f ? (f / 100m).ToString("N2", CultureInfo.CurrentCulture) : "";

    public static Date? ToDate(DateTime? day) => day is { } d ? new Date(d) : null;

    /// <summary>Fields of service or outputs typed as one text: split on commas, 、, ； or lines.</summary>
    public static List<string> Items(string? text) =>
        [.. (text ?? "").Split([',', '，', '、', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

/// <summary>Page sizes offered by the lists; the API allows 1 to 500.</summary>
public static class Paging
{
    public static readonly int[] Sizes = [20, 50, 100, 500];
}
