using Platform.Testing;

namespace Platform.Clients.Tests;

/// <summary>Where screenshots and accessibility reports go: <c>artifacts/</c> at the repository root.</summary>
internal static class Artifacts
{
    public static string Screenshot(string name) => File("screenshots", TestClass, name + ".png");

    public static string Accessibility(string page) => File("accessibility", page + ".json");

    public static string Failure(string name) => File("failures", TestClass, name + ".txt");

    /// <summary>The running test's class, without its namespace.</summary>
    public static string TestClass =>
        TestContext.Current.TestClass?.TestClassSimpleName ?? "no-test-class";

    /// <summary>The running test's method name.</summary>
    public static string TestMethod => TestContext.Current.TestMethod?.MethodName ?? "no-test-method";

    private static string File(params string[] parts)
    {
        var path = Path.Combine([RepositoryRoot.Path, "artifacts", .. parts.Select(Safe)]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static string Safe(string part) =>
        string.Concat(part.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c == ' ' ? '-' : c));
}
