namespace Platform.Identity.Seeding;

/// <summary>
/// Accounts created on first start (<c>Identity:Seed</c>); the AppHost fills it with one user and one client per role,
/// their passwords and secrets from generated Aspire parameters. Nothing here is ever committed with a value.
/// </summary>
public sealed class SeedOptions
{
    public Dictionary<string, SeedAccount> Users { get; set; } = [];
    public Dictionary<string, SeedAccount> Clients { get; set; } = [];

    /// <summary>Redirect URIs of the public web/mobile client <c>platform-web</c> (authorization code with PKCE).</summary>
    public List<Uri> WebRedirectUris { get; set; } = [];

    /// <summary>The secret of the staff web console <c>platform-console</c>; without it the console client is not created.</summary>
    public string ConsoleSecret { get; set; } = "";
}

public sealed class SeedAccount
{
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = "";
    public string Region { get; set; } = "";
    public string Secret { get; set; } = "";
    public Guid? OrganisationId { get; set; }
    public Guid? VolunteerId { get; set; }
}
