namespace Platform.Web.Features.Regions;

/// <summary>Strings of the regions and party-building pages: RegionsText.resx (Chinese) and RegionsText.en.resx.</summary>
public sealed class RegionsText;
