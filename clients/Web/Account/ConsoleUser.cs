using Platform.ServiceDefaults.Security;

namespace Platform.Web.Account;

/// <summary>
/// Who is signed in, as the console shows it and decides what to offer: a page hides what the role may not do, and the
/// API stays the place that enforces it.
/// </summary>
public sealed record ConsoleUser(string Subject, string Name, IReadOnlyList<string> Roles, string Region, Guid? OrganisationId)
{
    public static ConsoleUser From(ClaimsPrincipal principal) => new(
        principal.FindFirstValue(PlatformClaims.Subject) ?? "",
        principal.FindFirstValue(PlatformClaims.Name) ?? principal.Identity?.Name ?? "",
        [.. principal.FindAll(PlatformClaims.Role).Select(c => c.Value)],
        principal.FindFirstValue(PlatformClaims.Region) ?? "",
        Guid.TryParse(principal.FindFirstValue(PlatformClaims.Organisation), out var organisation) ? organisation : null);

    public bool IsIn(params IReadOnlyList<string> roles) => Roles.Any(roles.Contains);

    /// <summary>The roles the console is for; volunteers use the phone app, departments the API.</summary>
    public bool MayUseConsole => IsIn([.. PlatformRoles.Staff, PlatformRoles.OrganisationOperator, PlatformRoles.Auditor]);

    public bool IsStaff => IsIn(PlatformRoles.Staff);
    public bool IsAuditor => IsIn(PlatformRoles.Auditor);
    public bool IsOperator => IsIn(PlatformRoles.OrganisationOperator);
    public bool IsCityAdmin => IsIn(PlatformRoles.CityAdmin);
    public bool MayManageAccounts => IsIn(PlatformRoles.AccountAdmins);
    public bool MayReadAudit => IsIn(PlatformRoles.AuditReaders);

    /// <summary>Writes are offered to staff and operators; auditors read only.</summary>
    public bool MayWrite => IsIn([.. PlatformRoles.Staff, PlatformRoles.OrganisationOperator]);

    /// <summary>The first role the console knows, for the badge.</summary>
    public string MainRole => Roles.FirstOrDefault(PlatformRoles.IsKnown) ?? "";
}
