using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Messaging;
using Platform.Testing;

namespace Platform.PartyBuilding.Tests;

internal static class TestHelpers
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> PostAsync(this PartyFixture fixture, string path, object body) =>
        fixture.Client.PostAsJsonAsync(path, body, PartyFixture.Requests, Cancel);

    public static Task<HttpResponseMessage> PutAsync(this PartyFixture fixture, string path, object body) =>
        fixture.Client.PutAsJsonAsync(path, body, PartyFixture.Requests, Cancel);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
        return (await response.Content.ReadFromJsonAsync<T>(Json.Options, Cancel))!;
    }

    /// <summary>Asserts a problem document with <paramref name="status"/> and returns the fields it names.</summary>
    public static async Task<IDictionary<string, string[]>> ProblemFieldsAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        var problem = System.Text.Json.JsonSerializer.Deserialize<HttpValidationProblemDetails>(body, Json.Options);
        Assert.True(problem!.Errors.Count > 0, $"The problem names no field: {body}");
        return problem.Errors;
    }

    /// <summary>The integration events of type <typeparamref name="T"/> stored in the outbox that are about one record, in order.</summary>
    public static Task<List<T>> EventsAsync<T>(this PartyFixture fixture, Func<T, bool> about) where T : class =>
        fixture.InDbAsync(async db => (await db.OutboxMessages.AsNoTracking()
                .Where(m => m.MessageType == MessageTypes.NameOf(typeof(T))).OrderBy(m => m.Sequence).ToListAsync(Cancel))
            .Select(MessageTypes.Deserialize).OfType<T>().Where(about).ToList());
}
