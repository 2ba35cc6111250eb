using Microsoft.JSInterop;

namespace Platform.Web.Api;

/// <summary>
/// Exports (CSV, journals) come from the API as the signed-in user; the browser never holds a token, so the console
/// fetches the file and streams it to the browser over the circuit, which saves it.
/// </summary>
public static class FileDownloads
{
    public static async Task SaveAsync(this IJSRuntime js, string fileName, string contentType, Stream content)
    {
        ArgumentNullException.ThrowIfNull(js);
        using var reference = new DotNetStreamReference(content, leaveOpen: false);
        await js.InvokeVoidAsync("platformConsole.saveFile", fileName, contentType, reference);
    }
}
