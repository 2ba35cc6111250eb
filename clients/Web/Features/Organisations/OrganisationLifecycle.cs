using Platform.Clients.Incubation.Models;
using Platform.Web.Account;

namespace Platform.Web.Features.Organisations;

public enum LifecycleAction
{
    File,
    Incubate,
    Graduate,
    Revoke,
}

/// <summary>
/// What the console offers on an organisation, mirroring the service's rules: applied → filed → incubating →
/// graduated, revoked from any state but revoked; lifecycle, grades and new projects for staff; an operator completes
/// its own projects only. The API stays the place that enforces them.
/// </summary>
public static class OrganisationLifecycle
{
    public static IReadOnlyList<LifecycleAction> AllowedIn(OrganisationState? state) => state switch
    {
        OrganisationState.Applied => [LifecycleAction.File, LifecycleAction.Revoke],
        OrganisationState.Filed => [LifecycleAction.Incubate, LifecycleAction.Revoke],
        OrganisationState.Incubating => [LifecycleAction.Graduate, LifecycleAction.Revoke],
        OrganisationState.Graduated => [LifecycleAction.Revoke],
        _ => [],
    };

    public static IReadOnlyList<LifecycleAction> For(ConsoleUser user, OrganisationState? state) => user.IsStaff ? AllowedIn(state) : [];

    /// <summary>Only a filed, incubating or graduated organisation is graded or runs projects.</summary>
    public static bool IsActive(OrganisationState? state) =>
        state is OrganisationState.Filed or OrganisationState.Incubating or OrganisationState.Graduated;

    public static bool MayGrade(ConsoleUser user, OrganisationState? state) => user.IsStaff && IsActive(state);

    public static bool MayApproveProject(ConsoleUser user, OrganisationState? state) => user.IsStaff && IsActive(state);

    public static bool MayComplete(ConsoleUser user, ProjectResponse project) =>
        user.MayWrite && project.Status == ProjectStatus.Approved;
}
