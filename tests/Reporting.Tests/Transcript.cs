namespace Platform.Reporting.Tests;

/// <summary>Writes each exchange (request line, form body, status, answer) to the test's output, for the report.</summary>
public sealed class Transcript : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : "\n" + await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"> {request.Method} {request.RequestUri?.PathAndQuery}{body}\n< {(int)response.StatusCode} {response.Content.Headers.ContentType}\n{answer}\n");
        return response;
    }
}
