using System.Xml.Linq;

namespace Platform.Tests.Architecture;

/// <summary>The repository this test run was built from, and its projects as their files declare them.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>A project by its path from the root without extension (<c>services/Charity/Charity</c> → <c>services/Charity</c>).</summary>
    public sealed record Project(string Folder, IReadOnlyList<string> ProjectReferences, IReadOnlyList<string> PackageReferences);

    /// <summary>Every project that ships (not the tests): ServiceDefaults, the building blocks, the services, the gateway, the seeds, the AppHost.</summary>
    private static readonly string[] ShippedFolders = ["clients", "ServiceDefaults", "services", "gateway", "seeds", "AppHost"];

    public static IReadOnlyList<Project> ShippedProjects() =>
        [.. ShippedFolders
            .SelectMany(top => Directory.EnumerateFiles(PathOf(top), "*.csproj", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Read)
            .OrderBy(p => p.Folder, StringComparer.Ordinal)];

    private static Project Read(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        var document = XDocument.Load(path);
        var projects = document.Descendants("ProjectReference")
            .Select(r => Relative(Path.GetDirectoryName(Path.GetFullPath(Path.Combine(folder, (string)r.Attribute("Include")!)))!))
            .ToList();
        var packages = document.Descendants("PackageReference").Select(r => (string)r.Attribute("Include")!).ToList();
        return new Project(Relative(folder), projects, packages);
    }

    private static string Relative(string folder) => Path.GetRelativePath(Root, folder).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Platform.sln was not found above " + AppContext.BaseDirectory);
    }
}
