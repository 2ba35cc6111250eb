using System.Text.Json;

namespace Platform.Tests.Architecture;

/// <summary>The project references docs/architecture.md allows; a new reference outside them fails here first.</summary>
public sealed class Referencing_projects
{
    private static readonly string[] Services =
        ["services/PartyBuilding", "services/Incubation", "services/Volunteers", "services/Charity", "services/Reporting", "services/Identity"];

    private static readonly string[] BuildingBlocks =
        ["ServiceDefaults", "services/Contracts", "services/Data", "services/Messaging", "services/Security", "services/RegionReplica",
         "services/PersonalData", "services/Imports"];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["ServiceDefaults"] = [],
        ["services/Contracts"] = [],
        ["services/PersonalData"] = [],
        ["services/Imports"] = [],
        ["services/Data"] = ["ServiceDefaults"],
        ["services/Messaging"] = ["ServiceDefaults"],
        ["services/Security"] = ["ServiceDefaults", "services/Messaging", "services/Contracts"],
        ["services/RegionReplica"] = ["services/Data", "services/Security"],
        ["gateway"] = ["ServiceDefaults"],
        ["seeds/Generator"] = ["services/Contracts", "services/PersonalData", "services/Imports"],
        ["seeds/Seeder"] = ["seeds/Generator"],
        ["clients/ApiClients"] = [],
        ["clients/Web"] = ["ServiceDefaults", "clients/ApiClients"],
        ["AppHost"] = [.. Services, "gateway", "clients/Web", "seeds/Seeder"],
    };

    [Fact]
    public void Every_shipped_project_references_only_what_the_architecture_allows()
    {
        var projects = Repository.ShippedProjects();
        Assert.Equal(Allowed.Keys.Concat(Services).Order(StringComparer.Ordinal), projects.Select(p => p.Folder));

        var breaches = projects
            .SelectMany(p => p.ProjectReferences.Where(r => !(Allowed.TryGetValue(p.Folder, out var allowed) ? allowed : BuildingBlocks).Contains(r))
                .Select(r => $"{p.Folder} → {r}"))
            .ToList();
        Assert.True(breaches.Count == 0, "References outside docs/architecture.md, section 1:\n" + string.Join('\n', breaches));
    }

    [Fact]
    public void No_service_references_another_service()
    {
        var crossings = Repository.ShippedProjects()
            .Where(p => Services.Contains(p.Folder))
            .SelectMany(p => p.ProjectReferences.Where(Services.Contains).Select(r => $"{p.Folder} → {r}"))
            .ToList();

        Assert.Empty(crossings);
    }

    [Fact]
    public void ServiceDefaults_holds_no_EF_Core_MassTransit_or_Contracts()
    {
        var defaults = Repository.ShippedProjects().Single(p => p.Folder == "ServiceDefaults");

        Assert.Empty(defaults.ProjectReferences);
        Assert.DoesNotContain(defaults.PackageReferences, IsPersistenceOrMessaging);
    }

    /// <summary>The restore's resolved graph: every package the gateway and the console run with, directly or through ServiceDefaults.</summary>
    [Theory]
    [InlineData("gateway", "Yarp.ReverseProxy")]
    [InlineData("clients/Web", "MudBlazor")]
    public void The_gateway_and_the_console_run_without_EF_Core_Npgsql_or_MassTransit(string project, string ownPackage)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Repository.PathOf($"{project}/obj/project.assets.json")));
        var libraries = assets.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name.Split('/')[0]).ToList();

        Assert.Contains(ownPackage, libraries);
        Assert.DoesNotContain(libraries, IsPersistenceOrMessaging);
    }

    private static bool IsPersistenceOrMessaging(string package) =>
        package.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.OrdinalIgnoreCase)
        || package.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase)
        || package.StartsWith("MassTransit", StringComparison.OrdinalIgnoreCase)
        || package.Contains("EntityFrameworkCore", StringComparison.OrdinalIgnoreCase);
}
