using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Testing;

public static class Json
{
    /// <summary>How the services write JSON: camelCase, enums as names.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
