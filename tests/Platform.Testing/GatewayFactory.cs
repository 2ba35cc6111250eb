using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Platform.Testing;

/// <summary>
/// The real gateway on Kestrel, its clusters pointed at the services under test as Aspire would point them, listening on
/// the port of the public address Identity issues tokens for (<see cref="TestIdentity.PublicOrigin"/>).
/// </summary>
/// <typeparam name="TProgram">The gateway's <c>Program</c>, reached through the test project's alias (<c>gateway::Program</c>).</typeparam>
public sealed class GatewayFactory<TProgram> : WebApplicationFactory<TProgram> where TProgram : class
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public GatewayFactory(Uri publicOrigin, IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(publicOrigin.Port);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
