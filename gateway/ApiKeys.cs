using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Platform.Gateway;

/// <summary>
/// GeoReport v2's <c>api_key</c> on the Open311 routes. A department's key is its Identity client's credentials,
/// <c>{clientId}:{secret}</c>; a request that carries one (query or form) and no bearer token gets the client's access
/// token here, before token validation, so the rest of the platform sees an ordinary department client. Identity keeps
/// only a hash of the secret and compares it in constant time; the gateway keeps no key, only the token it was given,
/// under the SHA-256 of the key, until shortly before the token expires. The key is taken out of the query string so
/// nothing after this point (proxy logs, the service) sees it; in a form body it travels on to Reporting, which reads
/// only the GeoReport fields it knows.
/// </summary>
internal static class ApiKeys
{
    public const string Parameter = "api_key";
    private static readonly PathString Open311 = "/api/reporting/open311";

    public static WebApplicationBuilder AddApiKeys(this WebApplicationBuilder builder)
    {
        // Identity by its service name (service discovery), not by the public issuer address the tokens carry.
        builder.Services.AddHttpClient<ApiKeyExchange>(http =>
            http.BaseAddress = Platform.ServiceDefaults.Security.TokenValidationExtensions.IdentityAddress);
        builder.Services.AddSingleton<ApiKeyTokens>();
        return builder;
    }

    /// <summary>Before authentication: exchanges the key of an Open311 request that has no bearer token; a key Identity refuses is a 401.</summary>
    public static WebApplication UseApiKeys(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(Open311))
            {
                // Out of the query string whether or not it is used, so that no log after this point holds it.
                var fromQuery = TakeFromQuery(context.Request);
                if (!context.Request.Headers.ContainsKey("Authorization") && (fromQuery ?? await FromFormAsync(context.Request)) is { } key)
                {
                    var token = await context.RequestServices.GetRequiredService<ApiKeyExchange>().TokenAsync(key, context.RequestAborted);
                    if (token is null)
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                        {
                            HttpContext = context,
                            ProblemDetails = { Status = StatusCodes.Status401Unauthorized, Title = "The api_key is not valid." },
                        });
                        return;
                    }

                    context.Request.Headers.Authorization = $"Bearer {token}";
                }
            }

            await next(context);
        });
        return app;
    }

    private static string? TakeFromQuery(HttpRequest request)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        if (!query.Remove(Parameter, out var key))
        {
            return null;
        }

        request.QueryString = QueryString.Create(query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))));
        return First(key);
    }

    private static async Task<string?> FromFormAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        // The proxy forwards the body after this read: buffer it and rewind.
        request.EnableBuffering();
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return First(form[Parameter]);
    }

    private static string? First(StringValues values) => values.FirstOrDefault() is { Length: > 0 } value ? value : null;
}

/// <summary>The access tokens keys were exchanged for, under the key's SHA-256: the gateway keeps no key itself.</summary>
internal sealed class ApiKeyTokens
{
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _tokens = new();

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public string? Find(string hash, DateTimeOffset now) => _tokens.TryGetValue(hash, out var t) && t.Until > now ? t.Token : null;

    public void Keep(string hash, string token, DateTimeOffset until) => _tokens[hash] = (token, until);
}

/// <summary>Exchanges an api_key for the client's access token at Identity (client credentials).</summary>
internal sealed class ApiKeyExchange(HttpClient identity, ApiKeyTokens tokens, TimeProvider clock)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public async Task<string?> TokenAsync(string key, CancellationToken cancellationToken)
    {
        var hash = ApiKeyTokens.Hash(key);
        if (tokens.Find(hash, clock.GetUtcNow()) is { } cached)
        {
            return cached;
        }

        var separator = key.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || separator == key.Length - 1)
        {
            return null;
        }

        using var response = await identity.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = key[..separator], ["client_secret"] = key[(separator + 1)..], ["scope"] = "platform",
        }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var token = body.RootElement.GetProperty("access_token").GetString()!;
        var lifetime = body.RootElement.TryGetProperty("expires_in", out var expires) ? TimeSpan.FromSeconds(expires.GetInt32()) : TimeSpan.Zero;
        if (lifetime > Margin)
        {
            tokens.Keep(hash, token, clock.GetUtcNow() + lifetime - Margin);
        }

        return token;
    }
}
