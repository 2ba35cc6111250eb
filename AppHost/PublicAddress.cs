namespace Platform.AppHost;

/// <summary>
/// <c>Platform:PublicOrigin</c> for Identity, every service and the gateway: the gateway's address as clients reach it,
/// which Identity names as the tokens' issuer and everything else checks. By default it is the gateway's own http
/// endpoint, so it follows the port the gateway really gets (5200 with <c>./build.sh run</c>, a free port when tests
/// start the AppHost). A deployment reached at another address (TLS in front, a domain) sets
/// <c>Platform:PublicOrigin</c> on the AppHost, and that value is passed on instead.
/// </summary>
internal static class PublicAddress
{
    private const string Key = "Platform:PublicOrigin";
    private const string Variable = "Platform__PublicOrigin";

    public static void WithPublicOrigin(
        this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> gateway, params IResourceBuilder<ProjectResource>[] resources)
    {
        var configured = builder.Configuration[Key];
        foreach (var resource in resources)
        {
            if (string.IsNullOrWhiteSpace(configured))
            {
                resource.WithEnvironment(Variable, gateway.GetEndpoint("http"));
            }
            else
            {
                resource.WithEnvironment(Variable, configured);
            }
        }
    }
}
