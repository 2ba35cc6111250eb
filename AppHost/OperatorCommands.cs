using System.Net.Http.Headers;
using System.Text.Json;

namespace Platform.AppHost;

/// <summary>
/// Operators' routine actions as dashboard commands. Each calls the service's own authenticated endpoint with the
/// development city administrator's token, so it goes through the same authorization and audit as any caller.
/// </summary>
internal static class OperatorCommands
{
    public static IResourceBuilder<ProjectResource> WithRebuildStatisticsCommand(
        this IResourceBuilder<ProjectResource> reporting, IResourceBuilder<ProjectResource> identity, IDistributedApplicationBuilder builder)
    {
        var secret = builder.Resources.OfType<ParameterResource>().Single(p => p.Name == DevelopmentAccounts.CityAdminSecret);
        return reporting.WithCommand("rebuild-statistics", "Rebuild statistics 重建统计", async context =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
            var token = await TokenAsync(http, identity.GetEndpoint("http").Url, await secret.GetValueAsync(context.CancellationToken) ?? "", context.CancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{reporting.GetEndpoint("http").Url}/api/reporting/statistics/rebuild");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, context.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(context.CancellationToken);
            return response.IsSuccessStatusCode ? CommandResults.Success() : CommandResults.Failure($"{(int)response.StatusCode}: {body}");
        }, new CommandOptions
        {
            Description = "Recompute every figure from the stored events, without double counting (POST /api/reporting/statistics/rebuild).",
            ConfirmationMessage = "Rebuild all statistics from the stored events? Reads stay available while it runs.",
            IconName = "ArrowSync",
        });
    }

    private static async Task<string> TokenAsync(HttpClient http, string identity, string secret, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync($"{identity}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = DevelopmentAccounts.CityAdminClient, ["client_secret"] = secret, ["scope"] = "platform",
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
