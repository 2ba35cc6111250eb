namespace Platform.AppHost;

/// <summary>
/// One client-credentials client and one user (for the authorization-code flow of the web and mobile clients) per
/// role, scoped to a real region of Guang'an, created by Identity on its first start. Each secret or password is a
/// generated, persisted Aspire parameter (<c>dev-{role}-secret</c>, <c>dev-{role}-password</c>, shown in the
/// dashboard's parameters and kept in the AppHost's user secrets); nothing is committed.
/// </summary>
internal static class DevelopmentAccounts
{
    /// <summary>The seed dataset's first organisation and volunteer carry these ids, so the operator and volunteer accounts have a profile.</summary>
    public const string CityAdminClient = "dev-city-admin";
    public const string CityAdminSecret = "dev-city-admin-secret";

    public static readonly Guid OperatorOrganisationId = new("01960000-0000-7000-8000-00000000a001");
    public static readonly Guid VolunteerProfileId = new("01960000-0000-7000-8000-00000000b001");

    private static readonly (string Role, string Region, Guid? OrganisationId, Guid? VolunteerId)[] Accounts =
    [
        ("city-admin", "511600", null, null),
        ("county-officer", "511603", null, null),
        ("street-officer", "511603001", null, null),
        ("community-worker", "511603001001", null, null),
        ("organisation-operator", "511603001001", OperatorOrganisationId, null),
        ("volunteer", "511603001001", null, VolunteerProfileId),
        ("department-client", "511600", null, null),
        ("auditor", "511600", null, null),
    ];

    public static IResourceBuilder<ProjectResource> WithDevelopmentAccounts(
        this IResourceBuilder<ProjectResource> identity, IDistributedApplicationBuilder builder)
    {
        foreach (var account in Accounts)
        {
            identity.WithAccount(builder, "Clients", account, "secret");
            identity.WithAccount(builder, "Users", account, "password");
        }

        return identity.WithEnvironment("Identity__Seed__ConsoleSecret", ConsoleClientSecret(builder));
    }

    /// <summary>
    /// The secret of the staff web console's client <c>platform-console</c> (generated, persisted): Identity gets it as
    /// <c>Identity__Seed__ConsoleSecret</c>, the console as <c>Console__ClientSecret</c>. Created on the first call,
    /// the same parameter afterwards.
    /// </summary>
    public static IResourceBuilder<ParameterResource> ConsoleClientSecret(IDistributedApplicationBuilder builder) =>
        builder.Resources.OfType<ParameterResource>().FirstOrDefault(p => p.Name == ConsoleSecretParameter) is { } existing
            ? builder.CreateResourceBuilder(existing)
            : builder.AddParameter(ConsoleSecretParameter, new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);

    private const string ConsoleSecretParameter = "console-client-secret";

    private static void WithAccount(this IResourceBuilder<ProjectResource> identity, IDistributedApplicationBuilder builder,
        string kind, (string Role, string Region, Guid? OrganisationId, Guid? VolunteerId) account, string credential)
    {
        // Passwords need every character class ASP.NET Core Identity asks for; secrets only need length.
        var isPassword = kind == "Users";
        var generated = isPassword
            ? new GenerateParameterDefault { MinLength = 24, MinLower = 1, MinUpper = 1, MinNumeric = 1, MinSpecial = 1 }
            : new GenerateParameterDefault { MinLength = 24, Special = false };
        var secret = builder.AddParameter($"dev-{account.Role}-{credential}", generated, secret: true, persist: true);
        var prefix = $"Identity__Seed__{kind}__dev-{account.Role}__";
        identity
            .WithEnvironment(prefix + "DisplayName", $"Development {account.Role}")
            .WithEnvironment(prefix + "Role", account.Role)
            .WithEnvironment(prefix + "Region", account.Region)
            .WithEnvironment(prefix + "Secret", secret);
        if (account.OrganisationId is { } organisation)
        {
            identity.WithEnvironment(prefix + "OrganisationId", organisation.ToString());
        }

        if (account.VolunteerId is { } volunteer)
        {
            identity.WithEnvironment(prefix + "VolunteerId", volunteer.ToString());
        }
    }

    /// <summary>Token validation fetches Identity's signing keys through service discovery.</summary>
    public static IResourceBuilder<ProjectResource> WithIdentity(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ProjectResource> identity) =>
        service.WithReference(identity);
}
