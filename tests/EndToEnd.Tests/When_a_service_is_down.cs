using System.Net;
using Aspire.Hosting;
using Platform.Testing;

namespace Platform.EndToEnd.Tests;

public sealed class When_a_service_is_down(PlatformFixture platform)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_gateway_answers_with_a_problem_document_and_recovers_when_it_returns()
    {
        // DCP's stop can report a failure while the process is still shutting down; asking again is harmless.
        await Eventually.UntilAsync(
            () => platform.App.ResourceCommands.ExecuteCommandAsync("reporting", "resource-stop", Cancel), r => r.Success,
            TimeSpan.FromSeconds(90), "the reporting service to stop", Cancel);
        try
        {
            // The gateway's health checks notice within seconds; from then on it answers at once instead of waiting.
            var response = await Eventually.UntilAsync(async () =>
                {
                    using var attempt = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
                    attempt.CancelAfter(TimeSpan.FromSeconds(5));
                    return await platform.Gateway.GetAsync("/api/reporting/replica/regions/511600", attempt.Token);
                },
                r => r.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable,
                TimeSpan.FromSeconds(90), "the gateway to report reporting as unavailable", Cancel);

            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            var started = await platform.App.ResourceCommands.ExecuteCommandAsync("reporting", "resource-start", Cancel);
            Assert.True(started.Success, started.Message);
            await platform.App.ResourceNotifications.WaitForResourceHealthyAsync("reporting", Cancel)
                .WaitAsync(TimeSpan.FromMinutes(2), Cancel);
        }

        await Eventually.UntilAsync(
            () => platform.Gateway.GetAsync("/api/reporting/openapi/v1.json", Cancel), r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "the gateway to route to reporting again", Cancel);
    }
}
