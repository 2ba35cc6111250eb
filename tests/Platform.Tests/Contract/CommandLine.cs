using System.Diagnostics;
using System.Text;
using Platform.Testing;

namespace Platform.Tests.Contract;

/// <summary>Runs a command to its end with a deadline and keeps what it printed.</summary>
public static class CommandLine
{
    public sealed record Result(int ExitCode, string Output)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}";
    }

    public static string LintFolder => Path.Combine(RepositoryRoot.Path, "tools", "openapi-lint");

    public static async Task<Result> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, CancellationToken cancellationToken = default)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} ran longer than {timeout}:\n{output}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }
    }

    private static readonly Lazy<Task> Installed = new(InstallLintersAsync);

    /// <summary>build.sh installs the linters (npm ci); a test run without it installs them the same way, once.</summary>
    public static Task EnsureLintersAsync() => Installed.Value;

    private static async Task InstallLintersAsync()
    {
        if (Directory.Exists(Path.Combine(LintFolder, "node_modules", ".bin")))
        {
            return;
        }

        var result = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], LintFolder, TimeSpan.FromMinutes(5));
        Assert.True(result.ExitCode == 0, $"npm ci in tools/openapi-lint failed: {result}");
    }

    /// <summary>A linter's executable from tools/openapi-lint/node_modules/.bin.</summary>
    public static string Linter(string name) => Path.Combine(LintFolder, "node_modules", ".bin", name);

    /// <summary>No telemetry, no update notices: the linters run offline once installed.</summary>
    public static readonly IReadOnlyDictionary<string, string> LinterEnvironment = new Dictionary<string, string>
    {
        ["REDOCLY_TELEMETRY"] = "off",
        ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true",
        ["NO_COLOR"] = "1",
    };
}
