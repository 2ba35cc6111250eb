using System.Diagnostics;
using Platform.Testing;

namespace Platform.Repository.Tests;

/// <summary>The files the repository holds (tracked or about to be: <c>git ls-files --cached --others --exclude-standard</c>).</summary>
public static class RepositoryFiles
{
    private static readonly HashSet<string> BinaryExtensions =
        [".png", ".jpg", ".jpeg", ".gif", ".ico", ".dll", ".exe", ".pdb", ".zip", ".gz", ".woff", ".woff2", ".snk"];

    public static IReadOnlyList<string> TextFiles()
    {
        var git = Process.Start(new ProcessStartInfo("git", "ls-files --cached --others --exclude-standard -z")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("git did not start");
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new InvalidOperationException($"git ls-files exited with {git.ExitCode}");
        }

        return [.. output.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(f => !BinaryExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => File.Exists(Path.Combine(RepositoryRoot.Path, f)))];
    }
}
