using Platform.Testing;

[assembly: AssemblyFixture(typeof(Platform.Data.Tests.DataFixture))]

namespace Platform.Data.Tests;

/// <summary>A real PostgreSQL; each test takes a database of its own.</summary>
public sealed class DataFixture : IAsyncLifetime
{
    private LocalServers _servers = null!;

    public async ValueTask InitializeAsync() => _servers = await LocalServers.StartAsync();

    public string NewDatabase() => _servers.PostgresConnectionString($"data_tests_{Guid.NewGuid():N}");

    public async ValueTask DisposeAsync() => await _servers.DisposeAsync();
}
