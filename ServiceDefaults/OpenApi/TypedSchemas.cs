using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// Gives every schema the type its CLR type has, and strings their DataAnnotations limits.
/// </summary>
/// <remarks>
/// The platform reads JSON strings through its own converter (<c>ControlCharacters.JsonGuard</c>), and System.Text.Json's
/// schema exporter describes a type with a custom converter as <c>{}</c> (anything). That would leave every string, and
/// every array of strings, without a type. Attributes of a record's positional parameters sit on the constructor
/// parameter, not the property, so both are read.
/// </remarks>
internal sealed class TypedSchemas : IOpenApiSchemaTransformer
{
    private static readonly NullabilityInfoContext Nullability = new();

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        var nullable = IsNullable(context);
        if (type == typeof(string))
        {
            schema.Type ??= nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (type.IsEnum)
        {
            schema.Type ??= JsonSchemaType.String;
            schema.Enum ??= [.. Enum.GetNames(type).Select(name => (JsonNode)JsonValue.Create(name))];
        }
        else if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Enumerable && context.JsonTypeInfo.ElementType == typeof(string) && schema.Items is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        ApplyAnnotations(schema, type == typeof(string), Attributes(context));
        return Task.CompletedTask;
    }

    /// <summary>Lengths and patterns apply to text only: a date travels as a string, but [Required] on it is no minLength.</summary>
    private static void ApplyAnnotations(OpenApiSchema schema, bool isText, IReadOnlyList<Attribute> attributes)
    {
        var isString = isText && schema.Type is { } t && t.HasFlag(JsonSchemaType.String);
        var isArray = schema.Type is { } a && a.HasFlag(JsonSchemaType.Array);
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case StringLengthAttribute length when isString:
                    schema.MaxLength = length.MaximumLength;
                    if (length.MinimumLength > 0)
                    {
                        schema.MinLength = length.MinimumLength;
                    }

                    break;
                case MaxLengthAttribute max when isString && max.Length > 0:
                    schema.MaxLength = max.Length;
                    break;
                case MaxLengthAttribute max when isArray && max.Length > 0:
                    schema.MaxItems = max.Length;
                    break;
                case MinLengthAttribute min when isString:
                    schema.MinLength = min.Length;
                    break;
                case MinLengthAttribute min when isArray:
                    schema.MinItems = min.Length;
                    break;
                case RegularExpressionAttribute regex when isString:
                    schema.Pattern = regex.Pattern;
                    break;
                case RequiredAttribute { AllowEmptyStrings: false } when isString:
                    schema.MinLength ??= 1;
                    break;
                case RangeAttribute range when schema.Type is { } n && (n.HasFlag(JsonSchemaType.Integer) || n.HasFlag(JsonSchemaType.Number)):
                    schema.Minimum ??= Convert.ToString(range.Minimum, System.Globalization.CultureInfo.InvariantCulture);
                    schema.Maximum ??= Convert.ToString(range.Maximum, System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }
        }
    }

    /// <summary>A property declared nullable (<c>string?</c>) may be null; a parameter's absence is its <c>required</c>.</summary>
    private static bool IsNullable(OpenApiSchemaTransformerContext context) =>
        context.JsonPropertyInfo?.AttributeProvider is PropertyInfo property
        && Nullability.Create(property).ReadState == NullabilityState.Nullable;

    private static List<Attribute> Attributes(OpenApiSchemaTransformerContext context)
    {
        var providers = new List<ICustomAttributeProvider?>();
        if (context.JsonPropertyInfo is { } property)
        {
            providers.Add(property.AttributeProvider);
            providers.Add(property.AssociatedParameter?.AttributeProvider);
        }
        else if (context.ParameterDescription?.ParameterDescriptor is IParameterInfoParameterDescriptor { ParameterInfo: { } parameter })
        {
            providers.Add(parameter);
        }

        return [.. providers.OfType<ICustomAttributeProvider>().SelectMany(p => p.GetCustomAttributes(inherit: true)).OfType<Attribute>()];
    }
}
