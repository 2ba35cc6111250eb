using System.Text.RegularExpressions;

namespace Platform.Repository.Tests;

/// <summary>
/// Finds what looks like a credential or key in a text file: private keys, connection strings with a password,
/// and configuration entries named like a secret that carry a value. Development credentials belong in Aspire
/// parameters or user secrets, never in the repository.
/// </summary>
public static partial class SecretScanner
{
    public sealed record Finding(string File, int Line, string Rule);

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    /// <summary>Connection-string syntax (<c>Password=value</c>, no spaces): a C# assignment such as <c>Password = Generate()</c> is code, not a secret.</summary>
    [GeneratedRegex(@"(?i)\b(password|pwd)=[^;""'\s{$<]{4,}")]
    private static partial Regex ConnectionStringPassword();

    /// <summary>A JSON entry such as <c>"Secret": "..."</c> or <c>"PersonalDataKey": "..."</c> with a literal value.</summary>
    [GeneratedRegex(@"(?i)""[A-Za-z:_]*(secret|password|apikey|privatekey|personaldatakey|hashkey)""\s*:\s*""[^""]{8,}""")]
    private static partial Regex JsonSecretValue();

    [GeneratedRegex(@"(?i)amqps?://[^:/\s""]+:[^@/\s""{$]{4,}@")]
    private static partial Regex UrlWithPassword();

    private static readonly (string Rule, Regex Pattern, bool ConfigurationOnly)[] Rules =
    [
        ("private key", PrivateKey(), false),
        ("password in a connection string", ConnectionStringPassword(), false),
        ("secret value in configuration", JsonSecretValue(), true),
        ("password in a broker URL", UrlWithPassword(), false),
    ];

    private static readonly HashSet<string> ConfigurationExtensions = [".json", ".yaml", ".yml", ".env", ".config", ".xml"];

    public static IEnumerable<Finding> Scan(string file, IEnumerable<string> lines)
    {
        var configuration = ConfigurationExtensions.Contains(Path.GetExtension(file).ToLowerInvariant());
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            foreach (var (rule, pattern, configurationOnly) in Rules)
            {
                if ((configuration || !configurationOnly) && pattern.IsMatch(line))
                {
                    yield return new Finding(file, number, rule);
                }
            }
        }
    }
}
