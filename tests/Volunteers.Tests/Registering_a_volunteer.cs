using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Volunteers;
using Platform.Messaging;

namespace Platform.Volunteers.Tests;

public sealed class Registering_a_volunteer(VolunteersFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_valid_volunteer_is_created_masked_encrypted_and_announced()
    {
        var idNumber = IdNumbers.Next();

        var volunteer = await fixture.Client.RegisterAsync(idNumber, "13812345678");

        Assert.Equal($"{idNumber[..4]}**********{idNumber[14..]}", volunteer.IdNumber);
        Assert.Equal("138****5678", volunteer.Phone);
        var stored = await fixture.InDbAsync(db => db.Volunteers.SingleAsync(v => v.Id == volunteer.Id, Cancel));
        Assert.DoesNotContain(idNumber, System.Text.Encoding.UTF8.GetString(stored.IdNumberCipher), StringComparison.Ordinal);
        var events = await fixture.OutboxMentioningAsync(volunteer.Id);
        var registered = Assert.Single(events.Select(MessageTypes.Deserialize).OfType<VolunteerRegistered>());
        Assert.Equal(VolunteersFixture.Community, registered.CommunityCode);
        Assert.All(events, e => Assert.DoesNotContain(idNumber[6..14], e.Payload, StringComparison.Ordinal));
    }

    public static TheoryData<string, string> BadRegistrations => new()
    {
        { Body(IdNumbers.WithBadCheckDigit(IdNumbers.Next())), "idNumber" },
        { Body(IdNumbers.For(new DateOnly(1990, 1, 1), 1)[..10] + "0230" + IdNumbers.For(new DateOnly(1990, 1, 1), 1)[14..]), "idNumber" },
        { Body(IdNumbers.Next()[..17]), "idNumber" },
        { Body(IdNumbers.Next() + "1"), "idNumber" },
        { Body(IdNumbers.Next(), community: "511603001999"), "communityCode" },
        { Body(IdNumbers.Next(), community: VolunteersFixture.RetiredCommunity), "communityCode" },
        { Body(IdNumbers.Next(), community: "511603001"), "communityCode" },
        { Body(IdNumbers.Next(), phone: "23812345678"), "phone" },
        { Body(IdNumbers.Next(), name: ""), "name" },
        { """{"name":"张三","idNumber":"x","communityCode":"511603001001","isPartyMember":true}""", "isPartyMember" },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task Bad_input_is_a_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        var before = await fixture.CountWritesAsync();

        var response = await fixture.Client.PostAsync("/api/volunteers/volunteers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancel);

        await response.ProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_date_that_does_not_exist_is_named_as_the_birth_date_problem()
    {
        var first17 = "51160319900230123";
        var response = await fixture.Client.PostAsJsonAsync("/api/volunteers/volunteers",
            new { name = "李四", idNumber = first17 + Platform.PersonalData.ResidentIdNumber.CheckCharacter(first17), communityCode = VolunteersFixture.Community }, Cancel);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "idNumber");
        Assert.Contains("birth date", problem.Errors["idNumber"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_id_number_is_409_and_writes_nothing()
    {
        var idNumber = IdNumbers.Next();
        await fixture.Client.RegisterAsync(idNumber);
        var before = await fixture.CountWritesAsync();

        var response = await fixture.Client.PostAsJsonAsync("/api/volunteers/volunteers",
            new { name = "王五", idNumber = idNumber.ToLowerInvariant(), communityCode = VolunteersFixture.OtherCommunity }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task Volunteers_are_listed_by_region_subtree_with_paging()
    {
        var here = await fixture.Client.RegisterAsync(community: VolunteersFixture.OtherCommunity);
        var elsewhere = await fixture.Client.RegisterAsync(community: VolunteersFixture.OtherCountyCommunity);

        var community = await fixture.Client.GetFromJsonAsync<Platform.Data.Page<Volunteers.VolunteerResponse>>(
            $"/api/volunteers/volunteers?region={VolunteersFixture.OtherCommunity}&pageSize=200", Testing.Json.Options, Cancel);
        var otherCounty = await fixture.Client.GetFromJsonAsync<Platform.Data.Page<Volunteers.VolunteerResponse>>(
            "/api/volunteers/volunteers?region=511602&pageSize=200", Testing.Json.Options, Cancel);
        var city = await fixture.Client.GetFromJsonAsync<Platform.Data.Page<Volunteers.VolunteerResponse>>(
            "/api/volunteers/volunteers?region=511600&pageSize=1", Testing.Json.Options, Cancel);

        Assert.Contains(community!.Items, v => v.Id == here.Id);
        Assert.All(community.Items, v => Assert.Equal(VolunteersFixture.OtherCommunity, v.CommunityCode));
        Assert.Contains(otherCounty!.Items, v => v.Id == elsewhere.Id);
        Assert.DoesNotContain(otherCounty.Items, v => v.Id == here.Id);
        Assert.Single(city!.Items);
        Assert.True(city.Total >= community.Total + otherCounty.Total);
        var byDefault = await fixture.Client.GetFromJsonAsync<Platform.Data.Page<Volunteers.VolunteerResponse>>(
            "/api/volunteers/volunteers", Testing.Json.Options, Cancel);
        Assert.Equal((1, 50, city.Total), (byDefault!.PageNumber, byDefault.PageSize, byDefault.Total));
        await (await fixture.Client.GetAsync("/api/volunteers/volunteers?region=5116", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "region");
        await (await fixture.Client.GetAsync("/api/volunteers/volunteers?region=519999", Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "region");
        await (await fixture.Client.GetAsync("/api/volunteers/volunteers?region=511699", Cancel)).ProblemAsync(HttpStatusCode.NotFound, "region");
        await (await fixture.Client.GetAsync("/api/volunteers/volunteers?region=511603&pageSize=501", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "pageSize");
        await (await fixture.Client.GetAsync("/api/volunteers/volunteers?region=511603&page=0", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "page");
    }

    private static string Body(string idNumber, string community = VolunteersFixture.Community, string phone = "13812345678", string name = "张三") =>
        System.Text.Json.JsonSerializer.Serialize(new { name, idNumber, phone, communityCode = community });
}
