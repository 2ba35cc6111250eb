using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Platform.Security;

public static class EndpointAuthorization
{
    private static readonly HashSet<string> ReadMethods = ["GET", "HEAD"];

    /// <summary>
    /// Puts the read policy on the group's GET/HEAD endpoints and the write policy on every other one, so a new
    /// endpoint is protected without anyone remembering to. An endpoint may add a stricter policy on top.
    /// </summary>
    public static RouteGroupBuilder RequirePlatformPolicies(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
            endpoint.Metadata.Add(new AuthorizeAttribute(IsRead(endpoint) ? PlatformPolicies.Read : PlatformPolicies.Write)));
        return group;
    }

    /// <summary>Only government staff change this group's records (regions, party organisations, …); everyone may still read.</summary>
    public static RouteGroupBuilder RequireStaffToWrite(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            if (!IsRead(endpoint))
            {
                endpoint.Metadata.Add(new AuthorizeAttribute(PlatformPolicies.Staff));
            }
        });
        return group;
    }

    private static bool IsRead(EndpointBuilder endpoint)
    {
        var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
        return methods.Count > 0 && methods.All(ReadMethods.Contains);
    }
}
