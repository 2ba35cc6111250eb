using Platform.Security;
using Platform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace Platform.Security;

/// <summary>
/// The authorization policies every service and the gateway share. <see cref="Read"/> and <see cref="Write"/> are put on
/// every endpoint of an API group by <c>MapApiGroup</c> (GET/HEAD read, anything else writes); the others are added
/// to single endpoints. Region scope and profile ownership depend on the record, so handlers check them with
/// <see cref="RegionScope"/>.
/// </summary>
public static class PlatformPolicies
{
    public const string Read = "platform.read";
    public const string Write = "platform.write";
    public const string Staff = "platform.staff";
    /// <summary>Staff, department clients and auditors: lists of people (members, volunteers), not for volunteers or operators.</summary>
    public const string Officials = "platform.officials";
    public const string Accounts = "platform.accounts";
    public const string Audit = "platform.audit";
    /// <summary>Operators' actions on the running platform (replaying dead letters): city administrators.</summary>
    public const string Operations = "platform.operations";
    /// <summary>Filing six-services records (one or a CSV file): staff, and department clients for their region.</summary>
    public const string Filing = "platform.filing";
    /// <summary>Reporting a service request (JSON or Open311): every writer, and department clients for their region.</summary>
    public const string RequestReporting = "platform.request-reporting";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByPolicy = new Dictionary<string, IReadOnlyList<string>>
    {
        [Read] = PlatformRoles.All,
        [Write] = PlatformRoles.Writers,
        [Staff] = PlatformRoles.Staff,
        [Officials] = PlatformRoles.Officials,
        [Accounts] = PlatformRoles.AccountAdmins,
        [Audit] = PlatformRoles.AuditReaders,
        [Operations] = [PlatformRoles.CityAdmin],
        [Filing] = [.. PlatformRoles.Staff, PlatformRoles.DepartmentClient],
        [RequestReporting] = [.. PlatformRoles.Writers, PlatformRoles.DepartmentClient],
    };

    public static AuthorizationBuilder AddPlatformPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (name, roles) in RolesByPolicy)
        {
            // Every platform token carries a region scope; a token without one is refused everywhere.
            authorization.AddPolicy(name, policy => policy.RequireAuthenticatedUser()
                .RequireClaim(PlatformClaims.Region)
                .RequireRole(roles));
        }

        return authorization;
    }
}
