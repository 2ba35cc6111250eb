using System.Diagnostics;

namespace Platform.Testing;

/// <summary>
/// A service's build run as a plain process on its own local port: no Aspire proxy in between, a process id whose CPU
/// time and memory a benchmark reads, and one that a fault test can kill (-9) and start again.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _sinceStart;

    private ServiceProcess(string name, Uri address, Process process)
    {
        Name = name;
        Address = address;
        _process = process;
        _sinceStart = Stopwatch.StartNew();
    }

    public string Name { get; }
    public Uri Address { get; }
    public int Pid => _process.Id;
    public TimeSpan TimeToHealthy { get; private set; }

    /// <summary>Where a service's build lives, e.g. <c>AssemblyOf("services/Volunteers", "Platform.Volunteers", "Debug")</c>.</summary>
    public static string AssemblyOf(string projectFolder, string assemblyName, string configuration) =>
        System.IO.Path.Combine(RepositoryRoot.Path, projectFolder, "bin", configuration, "net10.0", assemblyName + ".dll");

    /// <summary>Ends the process at once (SIGKILL), as a crash would: no shutdown, no flush, no ack.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public static ServiceProcess Start(string name, string assemblyPath, int port, IReadOnlyDictionary<string, string> environment)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException($"{assemblyPath} is missing: build the solution in Release first.");
        }

        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet", [assemblyPath])
        {
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_URLS"] = address.ToString();
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment.GetValueOrDefault("ASPNETCORE_ENVIRONMENT", "Benchmark");
        info.Environment["DOTNET_ENVIRONMENT"] = environment.GetValueOrDefault("ASPNETCORE_ENVIRONMENT", "Benchmark");
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start");
        var service = new ServiceProcess(name, address, process);
        process.OutputDataReceived += (_, e) => service.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => service.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    private readonly Queue<string> _log = new();

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Enqueue(line);
            if (_log.Count > 40)
            {
                _log.Dequeue();
            }
        }
    }

    public async Task WaitHealthyAsync(HttpClient http, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{string.Join('\n', _log)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Address, "/health"));
                if (response.IsSuccessStatusCode)
                {
                    TimeToHealthy = _sinceStart.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{Name} was not healthy within {timeout}:\n{string.Join('\n', _log)}");
    }

    public ProcessUsage Usage() => ProcessUsage.Of(Pid);

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
