namespace Platform.Web.Features.Charity;

/// <summary>Page sizes offered on the charity lists; the API takes 1 to 500.</summary>
public static class CharityPaging
{
    public static readonly int[] Sizes = [20, 50, 100, 200];
}
