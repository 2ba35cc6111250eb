namespace Platform.Web.Components.Layout;

/// <summary>The layout's strings: LayoutText.resx (Chinese) and LayoutText.en.resx.</summary>
public sealed class LayoutText;
