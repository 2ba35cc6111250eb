using System.Diagnostics;
using System.Text.Json;
using Platform.Testing;

namespace Platform.EndToEnd.Tests;

/// <summary>
/// tools/oidc-client/check.mjs run by node: openid-client, a certified OpenID Connect relying party, signing in through
/// the gateway. Its npm packages are installed from the lock file when missing (build.sh installs them too).
/// </summary>
internal static class OidcClientScript
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tools", "oidc-client");
    private static readonly SemaphoreSlim Installing = new(1, 1);

    /// <summary>The script's JSON report; fails the test with the script's own words when a step throws.</summary>
    public static async Task<JsonElement> RunAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        await EnsureInstalledAsync(cancellationToken);
        var (exitCode, output, errors) = await RunAsync("node", ["check.mjs"], environment, cancellationToken);
        Assert.True(output.Length > 0, $"node check.mjs printed nothing (exit code {exitCode}): {errors}");
        Assert.True(exitCode == 0, $"openid-client failed: {output} {errors}");
        using var report = JsonDocument.Parse(output);
        return report.RootElement.Clone();
    }

    private static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        await Installing.WaitAsync(cancellationToken);
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "openid-client")))
            {
                return;
            }

            var (exitCode, output, errors) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], new Dictionary<string, string>(), cancellationToken);
            Assert.True(exitCode == 0, $"npm ci in {Folder} failed ({exitCode}): {output} {errors}");
        }
        finally
        {
            Installing.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string program, string[] arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await errors);
    }
}
