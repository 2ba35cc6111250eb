namespace Platform.Web.Features.Services;

/// <summary>Page sizes offered by the area's lists, all within the API's 1 to 500.</summary>
public static class PageSizes
{
    public static readonly int[] Options = [10, 25, 50, 100];
}
