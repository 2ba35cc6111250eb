using Microsoft.Extensions.Localization;
using MudBlazor;
using Platform.Clients;
using Platform.Clients.Incubation.Models;
using Platform.Web.Account;
using Platform.Web.Api;

namespace Platform.Web.Features.Organisations;

/// <summary>What the organisation's pages read alike: the record by its id, and the breadcrumbs back to the list.</summary>
public static class OrganisationReads
{
    public static Task<ApiResult<OrganisationRecordResponse>> ReadOrganisationAsync(this PlatformApi api, Guid id) =>
        ApiCalls.TryAsync(() => api.Incubation.Api.Incubation.Organisations[id].GetAsync());
}

public static class OrganisationCrumbs
{
    /// <summary>An operator's list is their organisation, so their crumbs start there.</summary>
    public static List<BreadcrumbItem> For(IStringLocalizer<OrganisationsText> text, ConsoleUser user, OrganisationResponse? organisation, string? leaf = null, string? leafHref = null)
    {
        List<BreadcrumbItem> crumbs = [new(user.IsOperator && !user.IsStaff ? text["OwnOrganisation"] : text["Organisations"], "/organisations")];
        if (organisation is not null)
        {
            crumbs.Add(new(organisation.Name ?? "", $"/organisations/{organisation.Id}"));
        }

        if (leaf is not null)
        {
            // A disabled crumb's grey fails contrast: the current page is a link to itself.
            crumbs.Add(new(leaf, leafHref));
        }

        return crumbs;
    }
}
