using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Identity.Clients;

public static class DisableClient
{
    public static async Task<Results<NoContent, NotFound>> HandleAsync(
        string clientId, ClaimsPrincipal caller, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        var access = application is null ? null : await ClientAccess.ReadAsync(applications, application, cancellationToken);
        if (access is null || !caller.CanReach(access.Region))
        {
            return TypedResults.NotFound();
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application!, cancellationToken);
        (access with { Disabled = true }).WriteTo(descriptor);
        await applications.UpdateAsync(application!, descriptor, cancellationToken);
        return TypedResults.NoContent();
    }
}
