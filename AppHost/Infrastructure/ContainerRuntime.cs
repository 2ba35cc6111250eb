using System.Diagnostics;

namespace Platform.AppHost.Infrastructure;

internal static class ContainerRuntime
{
    /// <summary>True when a docker (or podman) client reaches a running engine within a few seconds.</summary>
    public static bool IsHealthy()
    {
        foreach (var client in new[] { "docker", "podman" })
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(client, "info --format {{.ServerVersion}}")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                });
                if (process is null)
                {
                    continue;
                }

                if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
                {
                    process.Kill(entireProcessTree: true);
                    continue;
                }

                if (process.ExitCode == 0 && process.StandardOutput.ReadToEnd().Trim().Length > 0)
                {
                    return true;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // The client is not installed.
            }
        }

        return false;
    }
}
