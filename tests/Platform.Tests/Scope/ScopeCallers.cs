using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing.OpenApi;
using static Platform.Tests.Scope.ScopeFixture;

namespace Platform.Tests.Scope;

/// <summary>A caller out of the target's reach: of a sibling region at the same level, or of a region one level below it.</summary>
public sealed record ScopeCaller(string Kind, string Role, string Region)
{
    public override string ToString() => $"{Role} of {Region} ({Kind})";
}

public static class ScopeCallers
{
    /// <summary>A region at the target's level beside it (none beside the city: there is one).</summary>
    private static readonly Dictionary<string, string> Siblings = new()
    {
        [County] = SiblingCounty,
        [Street] = SiblingStreet,
        [Community] = SiblingCommunity,
        [Grid] = SecondGrid,
        ["511603001002003"] = SecondGrid,
        ["511603001002101"] = Grid,
    };

    /// <summary>A region one level below the target (nothing is below a grid or a compound).</summary>
    private static readonly Dictionary<string, string> Below = new()
    {
        [City] = County,
        [County] = Street,
        [Street] = SiblingCommunity,
        [Community] = Grid,
    };

    private static readonly string[] StaffUpwards = [PlatformRoles.CommunityWorker, PlatformRoles.StreetOfficer, PlatformRoles.CountyOfficer, PlatformRoles.CityAdmin];

    /// <summary>The out-of-reach callers for a target, each with a role the operation's policies admit.</summary>
    public static IEnumerable<ScopeCaller> Around(string target, ApiEndpoint endpoint)
    {
        if (Siblings.TryGetValue(target, out var sibling))
        {
            yield return new("sibling", RoleFor(sibling, endpoint), sibling);
        }

        if (Below.TryGetValue(target, out var below))
        {
            yield return new("one level below", RoleFor(below, endpoint), below);
        }
    }

    /// <summary>A caller of the target's own region with the same role: in reach, to show the request itself is valid.</summary>
    public static ScopeCaller InReach(string target, ScopeCaller outOfReach) => new("in reach", outOfReach.Role, target);

    /// <summary>
    /// The staff role of the region's level if the operation admits it, else the next staff role up that it admits
    /// (an account administrator's for account operations), else any role it admits: the role never refuses the call.
    /// </summary>
    public static string RoleFor(string region, ApiEndpoint endpoint)
    {
        var own = region.Length switch
        {
            6 when region.EndsWith("00", StringComparison.Ordinal) => 3,
            6 => 2,
            9 => 1,
            _ => 0,
        };
        var candidates = StaffUpwards.Skip(own).Concat(StaffUpwards.Take(own).Reverse()).Concat([PlatformRoles.DepartmentClient, PlatformRoles.Auditor]);
        if (endpoint.Path.StartsWith("/api/identity/users", StringComparison.Ordinal) || endpoint.Path.StartsWith("/api/identity/clients", StringComparison.Ordinal))
        {
            // Accounts are seen and managed by account administrators; anyone else reaches only their own.
            candidates = PlatformRoles.AccountAdmins.Reverse().Concat(candidates);
        }

        return candidates.FirstOrDefault(role => endpoint.Policies.All(p => PlatformPolicies.RolesByPolicy[p].Contains(role)))
            ?? throw new InvalidOperationException($"{endpoint.Name}: no role passes its policies {string.Join(", ", endpoint.Policies)}");
    }
}
