using Microsoft.AspNetCore.Identity;

namespace Platform.Identity.Users;

/// <summary>A person who signs in: staff, an organisation's operator, a volunteer or an auditor.</summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>The region code whose subtree this user sees and changes.</summary>
    public string RegionCode { get; set; } = "";

    public Guid? OrganisationId { get; set; }
    public Guid? VolunteerId { get; set; }
    public bool Disabled { get; set; }
}
