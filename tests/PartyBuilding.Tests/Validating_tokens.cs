using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Platform.PartyBuilding.Tests;

/// <summary>Tokens name the public address as issuer; the service reads Identity's keys from Identity itself, inside.</summary>
public sealed class Validating_tokens(PartyFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_for_the_public_address_is_accepted_with_keys_read_from_identity_directly_while_nothing_answers_at_that_address()
    {
        var token = fixture.Client.DefaultRequestHeaders.Authorization!.Parameter!;
        Assert.Equal(fixture.PublicOrigin.ToString(), new JsonWebToken(token).Issuer);

        using var outside = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => outside.GetAsync(new Uri(fixture.PublicOrigin, ".well-known/jwks"), Cancel));

        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync("/api/party/caller", Cancel)).StatusCode);
    }
}
