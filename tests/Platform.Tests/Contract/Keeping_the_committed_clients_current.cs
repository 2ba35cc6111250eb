using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Testing;

namespace Platform.Tests.Contract;

/// <summary>
/// The clients' projects compile against clients/ApiClients, generated from the documents committed in its openapi
/// folder; those must be the documents the gateway serves, or the clients call an API that is not there. With
/// <c>PLATFORM_WRITE_API_DOCUMENTS=1</c> (<c>./build.sh clients</c>) the test writes the served documents instead.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class Keeping_the_committed_clients_current(ContractFixture fixture)
{
    public const string WriteVariable = "PLATFORM_WRITE_API_DOCUMENTS";

    /// <summary>The gateway's address under <c>./build.sh run</c>: a test's gateway listens on a free port instead.</summary>
    public const string CommittedOrigin = "http://localhost:5200";

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Folder => Path.Combine(RepositoryRoot.Path, "clients", "ApiClients", "openapi");

    [Fact]
    public async Task The_committed_openapi_documents_are_the_ones_the_gateway_serves()
    {
        var served = ContractFixture.ServiceNames.ToDictionary(s => s, s => Normalised(fixture.Documents[s], fixture.PublicOrigin));
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            Directory.CreateDirectory(Folder);
            foreach (var (service, document) in served)
            {
                await File.WriteAllTextAsync(Path.Combine(Folder, service + ".json"), document.ToJsonString(Written) + "\n", TestContext.Current.CancellationToken);
            }

            return;
        }

        var stale = new List<string>();
        foreach (var (service, document) in served)
        {
            var path = Path.Combine(Folder, service + ".json");
            var committed = File.Exists(path) ? JsonNode.Parse(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)) : null;
            var difference = committed is null ? "the file is missing" : JsonDifference.First(committed, document, "$");
            if (difference is not null)
            {
                stale.Add($"{service}: {difference}");
            }
        }

        Assert.True(stale.Count == 0,
            $"clients/ApiClients/openapi differs from what the gateway serves; run ./build.sh clients and commit the result:\n  {string.Join("\n  ", stale)}");
    }

    /// <summary>The served document with the test gateway's origin put back to the committed one (in its servers and links).</summary>
    public static JsonNode Normalised(JsonObject document, string origin) =>
        JsonNode.Parse(document.ToJsonString().Replace(origin, CommittedOrigin, StringComparison.Ordinal))!;
}
