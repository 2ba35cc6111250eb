using Platform.Tests.Contract;

namespace Platform.Tests.Architecture;

/// <summary>
/// The rule of docs/architecture.md, section 2: route <c>/api/{service}/{feature}/…</c> → folder
/// <c>services/{Service}/{Feature}/</c>, operationId → file <c>{OperationId}.cs</c> in it (or a sub-folder).
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class Finding_an_operation_by_its_route(ContractFixture fixture)
{
    private static readonly Dictionary<string, string> ServiceFolders = new()
    {
        ["party"] = "PartyBuilding", ["incubation"] = "Incubation", ["volunteers"] = "Volunteers",
        ["charity"] = "Charity", ["reporting"] = "Reporting", ["identity"] = "Identity",
    };

    /// <summary>Endpoints every service answers from the building blocks, not from a feature of its own.</summary>
    private static readonly string[] PlatformSegments = ["caller", "operations", "replica", "openapi"];

    [Fact]
    public void Every_operation_lives_in_a_file_named_after_it_in_its_feature_folder()
    {
        var missing = new List<string>();
        var checkedOperations = 0;
        foreach (var (service, document) in fixture.Documents)
        {
            foreach (var operation in ApiDocuments.Operations(service, document))
            {
                var segment = operation.Path[$"/api/{service}/".Length..].Split('/')[0];
                if (PlatformSegments.Contains(segment))
                {
                    continue;
                }

                var operationId = (string?)operation.Node["operationId"] ?? "(no operationId)";
                var folder = Repository.PathOf($"services/{ServiceFolders[service]}/{FeatureFolder(segment)}");
                checkedOperations++;
                if (!Directory.Exists(folder) || !Directory.EnumerateFiles(folder, operationId + ".cs", SearchOption.AllDirectories).Any())
                {
                    missing.Add($"{operation.Name} → services/{ServiceFolders[service]}/{FeatureFolder(segment)}/{operationId}.cs");
                }
            }
        }

        Assert.True(checkedOperations > 100, $"Only {checkedOperations} operations were found in the documents.");
        Assert.True(missing.Count == 0, $"{missing.Count} operations are not where their route says:\n" + string.Join('\n', missing));
    }

    /// <summary><c>social-workers</c> → <c>SocialWorkers</c>, <c>open311</c> → <c>Open311</c>.</summary>
    public static string FeatureFolder(string segment) =>
        string.Concat(segment.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
