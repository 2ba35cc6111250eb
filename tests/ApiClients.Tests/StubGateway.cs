using System.Net;
using System.Text;

namespace Platform.Clients.Tests;

/// <summary>A gateway that answers every request with one status and body, and keeps the request it was sent.</summary>
public sealed class StubGateway(HttpStatusCode status, string? problem = null) : HttpMessageHandler
{
    public Uri? RequestUri { get; private set; }

    /// <summary>The six clients over this stub, as a page would make them over the gateway.</summary>
    public PlatformApi Api() => new(new HttpClient(this) { BaseAddress = new Uri("https://gateway.example/") });

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestUri = request.RequestUri;
        var response = new HttpResponseMessage(status) { RequestMessage = request };
        if (problem is not null)
        {
            response.Content = new StringContent(problem, Encoding.UTF8, "application/problem+json");
        }

        return Task.FromResult(response);
    }
}
