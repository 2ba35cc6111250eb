namespace Platform.ServiceDefaults.Security;

/// <summary>The platform's roles, as carried in the access token's <c>role</c> claims.</summary>
public static class PlatformRoles
{
    public const string CityAdmin = "city-admin";
    public const string CountyOfficer = "county-officer";
    public const string StreetOfficer = "street-officer";
    public const string CommunityWorker = "community-worker";
    public const string OrganisationOperator = "organisation-operator";
    public const string Volunteer = "volunteer";
    public const string DepartmentClient = "department-client";
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> All =
        [CityAdmin, CountyOfficer, StreetOfficer, CommunityWorker, OrganisationOperator, Volunteer, DepartmentClient, Auditor];

    /// <summary>Department clients and auditors read; department clients write only where a policy names them (filing).</summary>
    public static readonly IReadOnlyList<string> Writers =
        [CityAdmin, CountyOfficer, StreetOfficer, CommunityWorker, OrganisationOperator, Volunteer];

    /// <summary>Government staff: they manage records of their region (regions, organisations, accounts below them).</summary>
    public static readonly IReadOnlyList<string> Staff = [CityAdmin, CountyOfficer, StreetOfficer, CommunityWorker];

    public static readonly IReadOnlyList<string> Officials = [.. Staff, DepartmentClient, Auditor];

    public static readonly IReadOnlyList<string> AccountAdmins = [CityAdmin, CountyOfficer];

    public static readonly IReadOnlyList<string> AuditReaders = [Auditor, CityAdmin];

    public static bool IsKnown(string role) => All.Contains(role);
}
