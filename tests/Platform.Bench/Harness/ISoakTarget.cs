namespace Platform.Bench.Harness;

/// <summary>What the soak drives and watches: the separate service processes of the benchmark, or the real AppHost.</summary>
public interface ISoakTarget : IAsyncDisposable
{
    /// <summary>How the platform runs, for the report.</summary>
    string Description { get; }

    Uri Gateway { get; }

    /// <summary>An HTTP client with the city administrator's token.</summary>
    HttpClient Http { get; }

    string Token { get; }

    Uri Direct(string service);

    /// <summary>Resident memory of each service and server process now, by name.</summary>
    Dictionary<string, long> ResidentBytes();
}
