using Platform.Clients;
using Platform.Clients.Incubation.Models;
using Platform.Web.Api;

namespace Platform.Web.Features.Organisations;

/// <summary>The lifecycle steps as calls of the typed client, each with the version the page read.</summary>
public static class OrganisationCommands
{
    public static Task<ApiResult<OrganisationResponse>> RunAsync(
        this PlatformApi api, Guid id, LifecycleAction action, int? version, string? reason, Guid? centreId)
    {
        var organisation = api.Incubation.Api.Incubation.Organisations[id];
        var step = new TransitionRequest { Reason = Blank(reason), Version = version };
        return ApiCalls.TryAsync(() => action switch
        {
            LifecycleAction.File => organisation.File.PostAsync(step),
            LifecycleAction.Incubate => organisation.Incubate.PostAsync(new StartIncubationRequest { CentreId = centreId, Reason = Blank(reason), Version = version }),
            LifecycleAction.Graduate => organisation.Graduate.PostAsync(step),
            _ => organisation.Revoke.PostAsync(new RevokeRequest { Reason = reason ?? "", Version = version }),
        });
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
