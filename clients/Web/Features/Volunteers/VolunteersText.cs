namespace Platform.Web.Features.Volunteers;

/// <summary>The strings of the volunteers area: VolunteersText.resx (Chinese) and VolunteersText.en.resx.</summary>
public sealed class VolunteersText;
