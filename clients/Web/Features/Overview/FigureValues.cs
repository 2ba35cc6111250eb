using System.Globalization;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Platform.Web.Features.Overview;

/// <summary>The API's maps of figures (month figures, counts by kind) arrive as the typed clients' additional data.</summary>
public static class FigureValues
{
    public static long ToLong(object? value) => value switch
    {
        null => 0,
        UntypedLong l => l.GetValue(),
        UntypedInteger i => i.GetValue(),
        UntypedDouble d => (long)d.GetValue(),
        UntypedDecimal m => (long)m.GetValue(),
        UntypedFloat f => (long)f.GetValue(),
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetInt64(),
        IConvertible c => c.ToInt64(CultureInfo.InvariantCulture),
        _ => 0,
    };

    public static IReadOnlyDictionary<string, long> Of(IAdditionalDataHolder? holder) =>
        holder?.AdditionalData.ToDictionary(e => e.Key, e => ToLong(e.Value)) ?? [];
}
