using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.Identity.Users;
using Platform.Identity.Clients;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Identity.Seeding;

/// <summary>On start: the platform roles, the web client, the console client (kept current), and the configured accounts that do not exist yet (never overwritten).</summary>
internal sealed class AccountSeeder(
    IServiceScopeFactory scopes, IOptions<SeedOptions> seed, IConfiguration configuration, ILogger<AccountSeeder> logger) : IHostedService
{
    public const string WebClientId = "platform-web";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in PlatformRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(WebClientId, cancellationToken) is null)
        {
            await applications.CreateAsync(ClientRegistrar.Public(WebClientId, "Web and mobile apps 网页与移动端", seed.Value.WebRedirectUris), cancellationToken);
        }

        if (seed.Value.ConsoleSecret.Length > 0)
        {
            await ConsoleClient.SaveAsync(applications, configuration, seed.Value.ConsoleSecret, cancellationToken);
        }

        foreach (var (clientId, account) in seed.Value.Clients.Where(c => c.Value.Secret.Length > 0))
        {
            if (await applications.FindByClientIdAsync(clientId, cancellationToken) is null)
            {
                var access = new ClientAccess(account.DisplayName, [account.Role], account.Region, account.OrganisationId, account.VolunteerId, false);
                await applications.CreateAsync(ClientRegistrar.Confidential(clientId, account.Secret, access), cancellationToken);
                logger.LogInformation("Created client {ClientId} ({Role}, {Region})", clientId, account.Role, account.Region);
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        foreach (var (userName, account) in seed.Value.Users.Where(u => u.Value.Secret.Length > 0))
        {
            if (await users.FindByNameAsync(userName) is null)
            {
                var user = new PlatformUser
                {
                    UserName = userName, DisplayName = account.DisplayName, RegionCode = account.Region,
                    OrganisationId = account.OrganisationId, VolunteerId = account.VolunteerId,
                };
                var created = await UserAccounts.CreateAsync(users, user, account.Secret, [account.Role]);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Seed user {userName}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
                }

                logger.LogInformation("Created user {UserName} ({Role}, {Region})", userName, account.Role, account.Region);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
