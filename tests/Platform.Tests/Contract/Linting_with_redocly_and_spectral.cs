namespace Platform.Tests.Contract;

/// <summary>
/// The two common OpenAPI linters over the six documents, with their rulesets as they ship (tools/openapi-lint says
/// which rule is off and why): Redocly's recommended ruleset without an error, Spectral's oas ruleset without a warning.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class Linting_with_redocly_and_spectral(ContractFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IEnumerable<string> Documents => ContractFixture.ServiceNames.Select(fixture.DocumentPath);

    [Fact]
    public async Task Redocly_finds_no_error_in_any_document()
    {
        await CommandLine.EnsureLintersAsync();

        var result = await CommandLine.RunAsync(CommandLine.Linter("redocly"),
            ["lint", "--config", "redocly.yaml", "--format", "codeframe", .. Documents],
            CommandLine.LintFolder, TimeSpan.FromMinutes(3), CommandLine.LinterEnvironment, Cancel);

        Assert.True(result.ExitCode == 0, $"redocly lint (recommended) reports errors:\n{result}");
    }

    [Fact]
    public async Task Spectral_finds_no_warning_in_any_document()
    {
        await CommandLine.EnsureLintersAsync();

        var result = await CommandLine.RunAsync(CommandLine.Linter("spectral"),
            ["lint", "--ruleset", ".spectral.yaml", "--fail-severity", "warn", "--format", "text", .. Documents],
            CommandLine.LintFolder, TimeSpan.FromMinutes(3), CommandLine.LinterEnvironment, Cancel);

        Assert.True(result.ExitCode == 0, $"spectral lint (spectral:oas) reports problems:\n{result}");
    }
}
