using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;

namespace Platform.Seeds.Seeder;

public sealed record Page<T>(List<T> Items, int Total, int PageNumber, int PageSize);

/// <summary>
/// The services' own HTTP APIs as the seeder calls them: straight to each service (not through the gateway, whose rate
/// limits are for clients), with a client-credentials token from Identity.
/// </summary>
public sealed class PlatformClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly IConfiguration _configuration;

    private PlatformClient(IConfiguration configuration) => _configuration = configuration;

    public static async Task<PlatformClient> ConnectAsync(IConfiguration configuration, SeedSettings settings, CancellationToken cancellationToken)
    {
        var client = new PlatformClient(configuration);
        using var response = await client.For("identity").PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = settings.ClientId, ["client_secret"] = settings.ClientSecret, ["scope"] = "platform",
        }), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Identity refused the seeder's client '{settings.ClientId}': {(int)response.StatusCode} {body}");
        }

        client.Token = JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString();
        return client;
    }

    private string? Token { get; set; }

    /// <summary>The HTTP client of a service (party, volunteers, identity…), at the address its Aspire reference gives.</summary>
    public HttpClient For(string service)
    {
        lock (_clients)
        {
            if (_clients.TryGetValue(service, out var existing))
            {
                return existing;
            }

            var address = _configuration[$"services:{service}:http:0"] ?? _configuration[$"services:{service}:https:0"]
                ?? throw new InvalidOperationException($"No address for the service '{service}' (services:{service}:http:0).");
            var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(10) };
            if (Token is not null)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            }

            return _clients[service] = client;
        }
    }

    /// <summary>Every item of a paged list, page by page.</summary>
    public async Task<List<T>> GetAllAsync<T>(string service, string path, int pageSize, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; ; page++)
        {
            using var response = await For(service).GetAsync($"{path}{separator}page={page}&pageSize={pageSize}", cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return items;
            }

            var result = await ReadAsync<Page<T>>(response, cancellationToken);
            items.AddRange(result.Items);
            if (items.Count >= result.Total || result.Items.Count == 0)
            {
                return items;
            }
        }
    }

    public async Task<T?> GetOrDefaultAsync<T>(string service, string path, CancellationToken cancellationToken) where T : class
    {
        using var response = await For(service).GetAsync(path, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>Sends a write; a 409 (already there) is returned as null, any other failure throws with the problem document.</summary>
    public async Task<T?> SendAsync<T>(string service, HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken) where T : class
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        using var response = await For(service).SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.Conflict ? null : await ReadAsync<T>(response, cancellationToken);
    }

    public static JsonContent JsonBody<T>(T value) => JsonContent.Create(value, options: Json);

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {(int)response.StatusCode} {problem}",
                null, response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new InvalidDataException($"{response.RequestMessage?.RequestUri?.PathAndQuery} returned no body.");
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
