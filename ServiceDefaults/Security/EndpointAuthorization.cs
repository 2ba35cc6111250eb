using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Platform.ServiceDefaults.Security;

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
        {
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var policy = methods.Count > 0 && methods.All(ReadMethods.Contains) ? PlatformPolicies.Read : PlatformPolicies.Write;
            endpoint.Metadata.Add(new AuthorizeAttribute(policy));
        });
        return group;
    }

    /// <summary>The policies an endpoint demands, as the OpenAPI documents and the endpoint × role table show them.</summary>
    public static IReadOnlyList<string> PoliciesOf(IReadOnlyList<object> metadata) =>
        metadata.OfType<IAllowAnonymous>().Any()
            ? []
            : [.. metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct()];
}
