namespace Platform.ServiceDefaults.Security;

/// <summary>Claim types the platform puts into access tokens besides the standard <c>sub</c>, <c>name</c> and <c>role</c>.</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string ClientId = "client_id";

    /// <summary>The region code whose subtree the caller may see and change.</summary>
    public const string Region = "region";

    /// <summary>For an organisation operator: the id of its social organisation.</summary>
    public const string Organisation = "organisation_id";

    /// <summary>For a volunteer: the id of their own volunteer profile.</summary>
    public const string Volunteer = "volunteer_id";
}
