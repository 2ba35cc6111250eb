using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Identity.Tests;

internal static class Accounts
{
    /// <summary>Creates a user through the admin API (as the given administrator) and returns its id.</summary>
    public static async Task<Guid> CreateUserAsync(HttpClient admin, string userName, string password, string role, string region,
        Guid? volunteerId = null, CancellationToken cancellationToken = default)
    {
        using var response = await admin.PostAsJsonAsync("/api/identity/users",
            new { userName, displayName = userName, password, roles = new[] { role }, region, volunteerId }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
