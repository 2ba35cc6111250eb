namespace Platform.Web.Features.Administration;

/// <summary>The strings of accounts, department clients and the audit log.</summary>
public sealed class AdministrationText;
