namespace Platform.Repository.Tests;

/// <summary>No credential or key is committed; development ones come from Aspire parameters or user secrets.</summary>
public sealed class No_secrets_in_the_repository
{
    [Fact]
    public void No_file_holds_a_private_key_a_password_or_a_secret_value()
    {
        // This folder's own tests hold sample secrets on purpose: the scanner must be seen to find them.
        var files = RepositoryFiles.TextFiles().Where(f => !f.StartsWith("tests/Repository.Tests/", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count > 100, $"{files.Count} files listed");

        var findings = files
            .SelectMany(f => SecretScanner.Scan(f, File.ReadLines(Path.Combine(Platform.Testing.RepositoryRoot.Path, f))))
            .Select(f => $"{f.File}:{f.Line}: {f.Rule}")
            .ToList();

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Theory]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----", "private key")]
    [InlineData("-----BEGIN PRIVATE KEY-----", "private key")]
    [InlineData("Host=db;Username=postgres;Password=hunter2hunter2", "password in a connection string")]
    [InlineData("  \"Secret\": \"s3cr3t-value-123\",", "secret value in configuration")]
    [InlineData("\"Volunteers:PersonalDataKey\": \"q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJ\"", "secret value in configuration")]
    [InlineData("amqp://guest:guestpass@localhost:5672", "password in a broker URL")]
    public void The_scanner_finds_each_kind_of_secret(string line, string rule)
    {
        Assert.Equal(rule, Assert.Single(SecretScanner.Scan("sample.json", [line])).Rule);
    }

    [Theory]
    [InlineData("Password={password}")]
    [InlineData("  \"Secret\": \"\",")]
    [InlineData("var secret = builder.AddParameter(\"dev-city-admin-secret\", generated, secret: true);")]
    [InlineData("amqp://{user}:{password}@host")]
    [InlineData("private static readonly string Password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));")]
    public void Placeholders_and_parameter_references_are_not_secrets(string line)
    {
        Assert.Empty(SecretScanner.Scan("sample.json", [line]));
    }
}
