using System.Security.Cryptography;

namespace Platform.Testing;

/// <summary>
/// The AppHost's development users (<c>dev-{role}</c>, see AppHost/DevelopmentAccounts.cs), each with a password
/// generated for this run and handed to the AppHost as its <c>dev-{role}-password</c> parameter.
/// </summary>
public sealed class DevelopmentUsers
{
    /// <summary>The roles that have a user; <c>department-client</c> is a client only.</summary>
    public static readonly IReadOnlyList<string> Roles =
        ["city-admin", "county-officer", "street-officer", "community-worker", "organisation-operator", "volunteer", "auditor"];

    private readonly Dictionary<string, string> _passwords;

    /// <param name="known">Passwords already chosen for some roles (kept as they are).</param>
    public DevelopmentUsers(IReadOnlyDictionary<string, string>? known = null) =>
        _passwords = Roles.ToDictionary(role => role, role => known?.GetValueOrDefault(role) ?? NewPassword());

    public static string UserName(string role) => $"dev-{role}";

    public string PasswordOf(string role) =>
        _passwords.TryGetValue(role, out var password)
            ? password
            : throw new ArgumentException($"no development user has the role '{role}'; the roles are {string.Join(", ", Roles)}", nameof(role));

    public IEnumerable<string> Arguments => Roles.Select(role => $"--Parameters:{UserName(role)}-password={_passwords[role]}");

    /// <summary>Every character class ASP.NET Core Identity asks of a password, and generated.</summary>
    public static string NewPassword() => "Aa1!" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
