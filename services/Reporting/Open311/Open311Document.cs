using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Platform.Reporting.Open311;

/// <summary>An element of a GeoReport answer: named fields whose values are text, numbers, booleans, null or a nested list.</summary>
public sealed class Open311Object : List<KeyValuePair<string, object?>>
{
    public Open311Object Add(string name, object? value)
    {
        Add(new KeyValuePair<string, object?>(name, value));
        return this;
    }
}

/// <summary>A list: a JSON array, or in XML an element holding one <see cref="ItemName"/> element per object.</summary>
public sealed record Open311List(string ItemName, IReadOnlyList<Open311Object> Items);

/// <summary>
/// Writes GeoReport v2 answers in the two formats the spec names: JSON (a top-level array, or an object for a service
/// definition) and XML (a root element with a UTF-8 declaration). Times are W3C date-times with their offset.
/// </summary>
public static class Open311Document
{
    public static ContentHttpResult Write(string format, string root, object body, int status = StatusCodes.Status200OK) =>
        format == "xml"
            ? TypedResults.Text(Xml(root, body), "text/xml", Encoding.UTF8, status)
            : TypedResults.Text(Json(body), "application/json", Encoding.UTF8, status);

    /// <summary>The spec's error answer: a list of (code, description).</summary>
    public static ContentHttpResult Error(string format, int status, params string[] descriptions) =>
        Write(format, "errors", new Open311List("error", [.. descriptions.Select(d => new Open311Object().Add("code", status).Add("description", d))]), status);

    public static ContentHttpResult? BadFormat(string format) => format is "json" or "xml"
        ? null
        : Open311Document.Error("json", StatusCodes.Status400BadRequest, "The format is json or xml.");

    public static string? Time(DateTimeOffset? at) => at?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Json(object body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(writer, body);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case double d: writer.WriteNumberValue(d); break;
            case Open311List list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            case Open311Object obj:
                writer.WriteStartObject();
                foreach (var (name, field) in obj)
                {
                    writer.WritePropertyName(name);
                    WriteJson(writer, field);
                }

                writer.WriteEndObject();
                break;
            default: throw new ArgumentException($"Open311 has no {value.GetType().Name} values.", nameof(value));
        }
    }

    private static string Xml(string root, object body)
    {
        var text = new Utf8StringWriter();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(root);
            WriteXmlContent(writer, body);
            writer.WriteEndElement();
        }

        return text.ToString();
    }

    private static void WriteXmlContent(XmlWriter writer, object? value)
    {
        switch (value)
        {
            case null: break;
            case Open311List list:
                foreach (var item in list.Items)
                {
                    writer.WriteStartElement(list.ItemName);
                    WriteXmlContent(writer, item);
                    writer.WriteEndElement();
                }

                break;
            case Open311Object obj:
                foreach (var (name, field) in obj)
                {
                    writer.WriteStartElement(name);
                    WriteXmlContent(writer, field);
                    writer.WriteEndElement();
                }

                break;
            case bool b: writer.WriteString(b ? "true" : "false"); break;
            case IFormattable f: writer.WriteString(f.ToString(null, CultureInfo.InvariantCulture)); break;
            default: writer.WriteString(value.ToString()); break;
        }
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
