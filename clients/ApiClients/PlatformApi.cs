using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Platform.Clients.Charity;
using Platform.Clients.Identity;
using Platform.Clients.Incubation;
using Platform.Clients.Party;
using Platform.Clients.Reporting;
using Platform.Clients.Volunteers;

namespace Platform.Clients;

/// <summary>
/// The six services through the gateway, over one <see cref="HttpClient"/> whose BaseAddress is the gateway's origin.
/// The token is the HttpClient's business (a handler of the caller's that adds it), so the adapter authenticates nothing.
/// </summary>
public sealed class PlatformApi
{
    public PlatformApi(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var gateway = http.BaseAddress ?? throw new ArgumentException("The HttpClient needs the gateway as its BaseAddress.", nameof(http));

        // Set before the clients are made: each falls back to the documents' server when the adapter has no base URL.
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = gateway.AbsoluteUri.TrimEnd('/'),
        };
        Party = new PartyClient(adapter);
        Incubation = new IncubationClient(adapter);
        Volunteers = new VolunteersClient(adapter);
        Charity = new CharityClient(adapter);
        Reporting = new ReportingClient(adapter);
        Identity = new IdentityClient(adapter);
    }

    public PartyClient Party { get; }
    public IncubationClient Incubation { get; }
    public VolunteersClient Volunteers { get; }
    public CharityClient Charity { get; }
    public ReportingClient Reporting { get; }
    public IdentityClient Identity { get; }
}
