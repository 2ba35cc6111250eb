using Platform.Web.Account;
using Platform.ServiceDefaults.Security;

namespace Platform.Web.Features.Administration;

/// <summary>
/// Roles and region scope as a form holds them for an account or a client. The roles offered are those the caller may
/// grant: only a city administrator hands out city administrator, auditor and department client (Identity's rule).
/// </summary>
public sealed class AccessForm
{
    private static readonly string[] CityGranted = [PlatformRoles.CityAdmin, PlatformRoles.Auditor, PlatformRoles.DepartmentClient];

    public IReadOnlyCollection<string> Roles { get; set; } = [];
    public string? Region { get; set; }
    public string? OrganisationId { get; set; }
    public string? VolunteerId { get; set; }

    public bool NeedsOrganisation => Roles.Contains(PlatformRoles.OrganisationOperator);
    public bool NeedsVolunteer => Roles.Contains(PlatformRoles.Volunteer);

    public static IReadOnlyList<string> GrantableBy(ConsoleUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsCityAdmin ? PlatformRoles.All
            : user.MayManageAccounts ? [.. PlatformRoles.All.Except(CityGranted)]
            : [];
    }

    public List<string> RoleList => [.. Roles];

    public Guid? OrganisationGuid => NeedsOrganisation && Guid.TryParse(OrganisationId, out var id) ? id : null;

    public Guid? VolunteerGuid => NeedsVolunteer && Guid.TryParse(VolunteerId, out var id) ? id : null;
}
