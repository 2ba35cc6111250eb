namespace Platform.Identity.Clients;

/// <summary>The client as created; <see cref="ClientSecret"/> is never stored in clear and never shown again.</summary>
public sealed record CreatedClientResponse(string ClientId, string DisplayName, IReadOnlyList<string> Roles, string Region, string ClientSecret);
