namespace Platform.Web.Features.Organisations;

/// <summary>The strings of the organisations pages (OrganisationsText.resx, .en.resx).</summary>
public sealed class OrganisationsText;
