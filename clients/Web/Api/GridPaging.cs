using MudBlazor;

namespace Platform.Web.Api;

/// <summary>MudDataGrid counts pages from 0; the API from 1 (docs/api.md, section 2).</summary>
public static class GridPaging
{
    public static int ApiPage<T>(this GridState<T> state) => state.Page + 1;

    public static GridData<T> AsGridData<T>(this IEnumerable<T>? items, int? total) => new() { Items = items?.ToList() ?? [], TotalItems = total ?? 0 };
}
