namespace Platform.AppHost;

/// <summary>
/// One client-credentials client per staff role, scoped to a real region of Guang'an, created by Identity on its first
/// start. Each secret is a generated, persisted Aspire parameter (<c>dev-{role}-secret</c>, shown in the dashboard's
/// parameters and kept in the AppHost's user secrets); nothing is committed.
/// </summary>
internal static class DevelopmentAccounts
{
    private static readonly (string Role, string Region)[] Clients =
    [
        ("city-admin", "511600"),
        ("county-officer", "511603"),
        ("street-officer", "511603001"),
        ("community-worker", "511603001001"),
        ("department-client", "511600"),
        ("auditor", "511600"),
    ];

    public static IResourceBuilder<ProjectResource> WithDevelopmentAccounts(
        this IResourceBuilder<ProjectResource> identity, IDistributedApplicationBuilder builder)
    {
        foreach (var (role, region) in Clients)
        {
            var secret = builder.AddParameter($"dev-{role}-secret",
                new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true, persist: true);
            var prefix = $"Identity__Seed__Clients__dev-{role}__";
            identity
                .WithEnvironment(prefix + "DisplayName", $"Development {role}")
                .WithEnvironment(prefix + "Role", role)
                .WithEnvironment(prefix + "Region", region)
                .WithEnvironment(prefix + "Secret", secret);
        }

        return identity;
    }

    /// <summary>Token validation fetches Identity's signing keys through service discovery.</summary>
    public static IResourceBuilder<ProjectResource> WithIdentity(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ProjectResource> identity) =>
        service.WithReference(identity);
}
