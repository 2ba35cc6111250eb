using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// Text with control characters (NUL above all, which PostgreSQL cannot store) is refused where it enters: in JSON
/// strings as a 400 naming the field, in query parameters as a 400 naming the parameter. Tab and line breaks pass.
/// </summary>
public static class ControlCharacters
{
    public const string Message = "Control characters are not allowed.";

    public static bool Contains(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return true;
            }
        }

        return false;
    }

    public static IApplicationBuilder UseControlCharacterGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var bad = context.Request.Query.Where(q => Contains(q.Key) || q.Value.Any(v => v is not null && Contains(v))).Select(q => q.Key).ToList();
        if (bad.Count == 0)
        {
            await next(context);
            return;
        }

        await Results.ValidationProblem(bad.ToDictionary(k => Contains(k) ? "query" : k, _ => new[] { Message })).ExecuteAsync(context);
    });

    /// <summary>Reads JSON strings as usual, refusing control characters; writing is unchanged.</summary>
    public sealed class JsonGuard : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return text is not null && Contains(text) ? throw new JsonException(Message) : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
