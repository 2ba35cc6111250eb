using System.Text.Json;
using OpenIddict.Abstractions;

namespace Platform.Identity.Clients;

/// <summary>The platform's access of a client-credentials client, kept in its OpenIddict application's properties.</summary>
internal sealed record ClientAccess(string DisplayName, IReadOnlyList<string> Roles, string Region, Guid? OrganisationId, Guid? VolunteerId, bool Disabled)
{
    private const string Property = "platform_access";

    public static async Task<ClientAccess?> ReadAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return properties.TryGetValue(Property, out var value) ? value.Deserialize<ClientAccess>() : null;
    }

    public void WriteTo(OpenIddictApplicationDescriptor descriptor) =>
        descriptor.Properties[Property] = JsonSerializer.SerializeToElement(this);
}
