namespace Platform.Web.Features.Overview;

/// <summary>Strings of the overview: OverviewText.resx (Chinese) and OverviewText.en.resx.</summary>
public sealed class OverviewText;
