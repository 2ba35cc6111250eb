namespace Platform.Web.Features.Charity;

/// <summary>The charity pages' strings: CharityText.resx (Chinese) and CharityText.en.resx.</summary>
public sealed class CharityText;
