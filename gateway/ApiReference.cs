using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Platform.Gateway;

internal sealed class ApiReferenceOptions
{
    public Dictionary<string, ApiDocument> Documents { get; set; } = [];
}

internal sealed class ApiDocument
{
    public string Title { get; set; } = "";
    public string Path { get; set; } = "";
}

/// <summary>One API reference page at /docs for every service's OpenAPI document, fetched through the gateway.</summary>
internal static class ApiReference
{
    public static WebApplication MapApiReference(this WebApplication app)
    {
        var documents = app.Services.GetRequiredService<IOptions<ApiReferenceOptions>>().Value.Documents;
        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("Guang'an community governance platform 五社联动");
            foreach (var (name, document) in documents)
            {
                options.AddDocument(name, document.Title, document.Path);
            }
        }).AllowAnonymous();
        return app;
    }
}
