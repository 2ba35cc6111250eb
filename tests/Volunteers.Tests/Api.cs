using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Platform.Testing;
using Platform.Volunteers.Activities;
using Platform.Volunteers.Teams;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Tests;

/// <summary>The calls the tests make, over HTTP, with the answers they expect.</summary>
public static class Api
{
    private static readonly string[] Skills = ["急救", "调解"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<VolunteerResponse> RegisterAsync(this HttpClient client, string? idNumber = null, string? phone = "13812345678",
        string community = VolunteersFixture.Community)
    {
        var response = await client.PostAsJsonAsync("/api/volunteers/volunteers",
            new { name = "张三", idNumber = idNumber ?? IdNumbers.Next(), phone, communityCode = community, skills = Skills }, Cancel);
        return await response.ReadAsync<VolunteerResponse>(HttpStatusCode.Created);
    }

    public static async Task<TeamResponse> FormTeamAsync(this HttpClient client, Guid leaderId, string community = VolunteersFixture.Community)
    {
        var response = await client.PostAsJsonAsync("/api/volunteers/teams",
            new { name = $"先锋红志愿服务队 {Guid.NewGuid():N}", colour = "PioneerRed", communityCode = community, leaderId }, Cancel);
        return await response.ReadAsync<TeamResponse>(HttpStatusCode.Created);
    }

    /// <summary>An activity running from two hours ago for <paramref name="hours"/> hours.</summary>
    public static async Task<ActivityResponse> PlanActivityAsync(this HttpClient client, Guid teamId, int capacity = 10, string category = "SecurityPatrol",
        DateTimeOffset? startsAt = null, int hours = 4)
    {
        var start = startsAt ?? DateTimeOffset.UtcNow.AddHours(-2);
        var response = await client.PostAsJsonAsync("/api/volunteers/activities", new
        {
            title = "夜间治安巡逻", category, organiserTeamId = teamId, communityCode = VolunteersFixture.Community,
            startsAt = start, endsAt = start.AddHours(hours), capacity,
        }, Cancel);
        return await response.ReadAsync<ActivityResponse>(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> SignUpAsync(this HttpClient client, Guid activityId, Guid volunteerId) =>
        client.PostAsJsonAsync($"/api/volunteers/activities/{activityId}/participants", new { volunteerId }, Cancel);

    public static Task<HttpResponseMessage> CheckInAsync(this HttpClient client, Guid activityId, Guid volunteerId, DateTimeOffset? at = null) =>
        client.PostAsJsonAsync($"/api/volunteers/activities/{activityId}/participants/{volunteerId}/check-in", new { at }, Cancel);

    public static Task<HttpResponseMessage> CheckOutAsync(this HttpClient client, Guid activityId, Guid volunteerId, DateTimeOffset? at = null) =>
        client.PostAsJsonAsync($"/api/volunteers/activities/{activityId}/participants/{volunteerId}/check-out", new { at }, Cancel);

    public static Task<HttpResponseMessage> ConfirmHoursAsync(this HttpClient client, Guid activityId, Guid volunteerId, int? minutes = null, string? reason = null) =>
        client.PostAsJsonAsync($"/api/volunteers/activities/{activityId}/participants/{volunteerId}/hours", new { minutes, reason }, Cancel);

    /// <summary>Signed up, checked in two hours ago and out one hour ago: 60 checked minutes.</summary>
    public static async Task AttendAsync(this HttpClient client, Guid activityId, Guid volunteerId)
    {
        await (await client.SignUpAsync(activityId, volunteerId)).ReadAsync<ParticipationResponse>(HttpStatusCode.Created);
        var now = DateTimeOffset.UtcNow;
        await (await client.CheckInAsync(activityId, volunteerId, now.AddHours(-2))).ReadAsync<ParticipationResponse>(HttpStatusCode.OK);
        await (await client.CheckOutAsync(activityId, volunteerId, now.AddHours(-1))).ReadAsync<ParticipationResponse>(HttpStatusCode.OK);
    }

    public static Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected) =>
        HttpAnswers.ReadAsync<T>(response, expected, Cancel);

    /// <summary>Asserts a problem document with the status that names the field.</summary>
    public static Task<HttpValidationProblemDetails> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string field) =>
        HttpAnswers.ProblemAsync(response, expected, field, Cancel);
}
