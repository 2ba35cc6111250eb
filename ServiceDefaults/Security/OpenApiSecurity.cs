using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.Security;

/// <summary>
/// Writes each operation's authorization into the OpenAPI document: <c>x-policies</c> (the policy names, empty for
/// public operations) and the bearer security requirement, so that clients and the endpoint × role test read it.
/// </summary>
public static class OpenApiSecurity
{
    public const string PoliciesExtension = "x-policies";
    public const string SchemeName = "Bearer";

    public static OpenApiOptions AddPlatformSecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from /connect/token (访问令牌)",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var policies = PoliciesOf([.. metadata]);
            var anonymous = metadata.OfType<IAllowAnonymous>().Any();
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[PoliciesExtension] = new JsonNodeExtension(new JsonArray([.. policies.Select(p => (JsonNode)p)]));
            if (!anonymous)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [],
                });
            }

            return Task.CompletedTask;
        });
        return options;
    }

    /// <summary>The policies an endpoint demands, as the OpenAPI documents and the endpoint × role table show them.</summary>
    public static IReadOnlyList<string> PoliciesOf(IReadOnlyList<object> metadata) =>
        metadata.OfType<IAllowAnonymous>().Any()
            ? []
            : [.. metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct()];
}
