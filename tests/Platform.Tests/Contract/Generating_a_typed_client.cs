using System.Reflection;

namespace Platform.Tests.Contract;

/// <summary>
/// Kiota turns the six documents into a C# client that compiles, and every model it generates is typed: a string is a
/// string, an integer an int, a list a list of its items; nothing is left as an untyped node or an either-or wrapper.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class Generating_a_typed_client(ContractFixture fixture)
{
    private const string Untyped = "Microsoft.Kiota.Abstractions.Serialization.UntypedNode";
    private const string ComposedWrapper = "Microsoft.Kiota.Abstractions.Serialization.IComposedTypeWrapper";

    [Fact]
    public async Task Kiota_generates_a_client_that_compiles_with_typed_models()
    {
        var clients = await KiotaClients.BuiltAsync(fixture);
        var assembly = clients.Load();
        var models = assembly.GetTypes().Where(t => t.Namespace?.EndsWith(".Models", StringComparison.Ordinal) == true && t.IsClass).ToList();

        var register = assembly.GetType($"{KiotaClients.ProjectName}.Volunteers.Models.RegisterVolunteerRequest");
        Assert.NotNull(register);
        Assert.Equal(typeof(string), register.GetProperty("Name")?.PropertyType);
        Assert.Equal(typeof(int?), assembly.GetType($"{KiotaClients.ProjectName}.Volunteers.Models.PageOfVolunteerResponse")?.GetProperty("Total")?.PropertyType);

        var untyped = (
            from model in models
            from property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            where property.Name != "AdditionalData"
            let type = property.PropertyType
            let element = type.IsGenericType ? type.GetGenericArguments()[^1] : type
            where element.FullName == Untyped || element.GetInterfaces().Any(i => i.FullName == ComposedWrapper)
            select $"{model.FullName}.{property.Name}: {type}").ToList();
        var wrappers = models.Where(m => m.GetInterfaces().Any(i => i.FullName == ComposedWrapper)).Select(m => m.FullName).ToList();

        Assert.True(untyped.Count == 0 && wrappers.Count == 0,
            $"{untyped.Count} generated properties are untyped or either-or:\n  {string.Join("\n  ", untyped)}\n"
            + $"either-or wrappers generated:\n  {string.Join("\n  ", wrappers)}\nKiota said:\n{clients.GeneratorOutput}");
    }
}
