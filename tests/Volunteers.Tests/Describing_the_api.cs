using System.Net;

namespace Platform.Volunteers.Tests;

public sealed class Describing_the_api(VolunteersFixture fixture)
{
    [Fact]
    public async Task The_openapi_document_lists_the_endpoints_with_chinese_and_english_summaries_through_the_gateway()
    {
        var response = await fixture.Gateway.GetAsync("/api/volunteers/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Register a volunteer 志愿者注册", document, StringComparison.Ordinal);
        Assert.Contains("/api/volunteers/activities/{activityId}/participants/{volunteerId}/hours", document, StringComparison.Ordinal);
    }
}
