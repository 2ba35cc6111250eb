using Microsoft.Extensions.Configuration;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// The platform's public address: the gateway's origin as clients reach it (<c>Platform:PublicOrigin</c>, e.g.
/// <c>http://localhost:5200</c>), set per deployment; the AppHost sets it from the gateway's endpoint. Identity issues
/// tokens with it as issuer and advertises its endpoints under it; the gateway and every service accept only it.
/// </summary>
public static class PublicOrigin
{
    public const string ConfigurationKey = "Platform:PublicOrigin";

    /// <summary>The configured origin with a trailing slash (<c>http://localhost:5200/</c>), the form OpenID Connect issuers take.</summary>
    /// <exception cref="InvalidOperationException">The key is missing, or is not an http(s) origin without path, query or fragment.</exception>
    public static Uri Read(IConfiguration configuration)
    {
        var value = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"{ConfigurationKey} is not set: it must be the gateway's public address, e.g. http://localhost:5200 (the AppHost sets it).");
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new InvalidOperationException(
                $"{ConfigurationKey} is '{value}': it must be an http or https origin without path, e.g. https://platform.example.gov.cn.");
        }

        return new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
    }
}
