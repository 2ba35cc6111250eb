namespace Platform.Web.Components.Shared;

/// <summary>Strings every page uses (states, common actions): SharedText.resx (Chinese) and SharedText.en.resx.</summary>
public sealed class SharedText;
