using System.Diagnostics;
using System.Text;

namespace Platform.Testing;

/// <summary>One of the infra/*.sh servers run by a test: started, stopped politely or killed, and started again.</summary>
public sealed class ServerProcess(string name, string script, IReadOnlyDictionary<string, string> environment, Func<CancellationToken, Task> probe)
    : IAsyncDisposable
{
    private readonly StringBuilder _log = new();
    private Process? _process;

    public string Name { get; } = name;

    /// <summary>The server's process (the script execs it), whose children are its workers.</summary>
    public int? ProcessId => _process?.Id;

    public string RecentLog
    {
        get
        {
            lock (_log)
            {
                return _log.Length > 4000 ? _log.ToString(_log.Length - 4000, 4000) : _log.ToString();
            }
        }
    }

    public async Task StartAsync(TimeSpan timeout)
    {
        var info = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "AppHost", "infra", script)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {Name}.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        try
        {
            await Eventually.UntilAsync(async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{RecentLog}");
                }

                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                await probe(attempt.Token);
                return true;
            }, timeout, $"{Name} to accept connections");
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\n{RecentLog}", ex);
        }
    }

    /// <summary>Stops the server with the given signal (TERM or INT) and waits for it to exit.</summary>
    public async Task StopAsync(string signal = "TERM")
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    /// <summary>kill -9: no chance to flush or say goodbye.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(Name == "postgres" ? "INT" : "TERM");
        _process?.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
            if (_log.Length > 64_000)
            {
                _log.Remove(0, 32_000);
            }
        }
    }
}
