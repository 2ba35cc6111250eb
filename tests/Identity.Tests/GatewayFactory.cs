extern alias gateway;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Platform.Identity.Tests;

/// <summary>The real gateway on Kestrel, its clusters pointed at the services under test as Aspire would point them.</summary>
internal sealed class GatewayFactory : WebApplicationFactory<gateway::Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public GatewayFactory(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(0);
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
