using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.PersonalData;
using Platform.Testing;
using static Platform.Reporting.Tests.ReportingFixture;

namespace Platform.Reporting.Tests;

/// <summary>End to end through the gateway: the real PartyBuilding and Volunteers services publish through their outboxes, Reporting counts.</summary>
public sealed class Counting_what_other_services_publish(ReportingFixture fixture)
{
    private static readonly string[] Chain = [Community, Street, County, City];
    private static readonly string[] Skills = ["调解"];

    [Fact]
    public async Task A_volunteer_registered_and_a_team_formed_at_the_Volunteers_service_count_once_at_every_level()
    {
        var before = new List<Statistics.RegionOverview>();
        foreach (var region in Chain)
        {
            before.Add(await fixture.Gateway.OverviewAsync(region));
        }

        var registered = await fixture.Gateway.PostJsonAsync("/api/volunteers/volunteers",
            new { name = "赵六", idNumber = SyntheticIdNumber(), phone = "13912345678", communityCode = Community, skills = Skills });
        using var volunteer = JsonDocument.Parse(await registered.Content.ReadAsStringAsync(Api.Cancel));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var leaderId = volunteer.RootElement.GetProperty("id").GetGuid();
        var formed = await fixture.Gateway.PostJsonAsync("/api/volunteers/teams",
            new { name = $"先锋红志愿服务队 {Guid.NewGuid():N}", colour = "PioneerRed", communityCode = Community, leaderId });
        Assert.Equal(HttpStatusCode.Created, formed.StatusCode);

        await Eventually.UntilAsync(() => fixture.Gateway.OverviewAsync(City),
            o => o.RegisteredVolunteers > before[^1].RegisteredVolunteers && o.VolunteerTeams > before[^1].VolunteerTeams,
            TimeSpan.FromSeconds(60), "Reporting to count the volunteer and the team", Api.Cancel);
        for (var i = 0; i < Chain.Length; i++)
        {
            var after = await fixture.Gateway.OverviewAsync(Chain[i]);
            Assert.Equal(before[i].RegisteredVolunteers + 1, after.RegisteredVolunteers);
            Assert.Equal(before[i].VolunteerTeams + 1, after.VolunteerTeams);
        }

        var payloads = await fixture.InDbAsync(db => db.StatFacts.Where(f => f.MessageType == "VolunteerRegistered" || f.MessageType == "TeamFormed")
            .Select(f => f.Payload).ToListAsync(Api.Cancel));
        Assert.Equal(2, payloads.Count(p => p.Contains(leaderId.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_grid_branch_established_at_PartyBuilding_counts_once_at_every_level()
    {
        var before = new List<Statistics.RegionOverview>();
        foreach (var region in Chain)
        {
            before.Add(await fixture.Gateway.OverviewAsync(region));
        }

        var committee = await EstablishAsync("龙镇社区党委", "CommunityPartyCommittee", Community, null);
        var grid = $"{Community}{Random.Shared.Next(100, 999)}";
        await fixture.RegisterRegionAsync(grid, "第一网格 (synthetic)", Platform.Contracts.RegionLevel.Grid, Community);
        await EstablishAsync("第一网格党支部", "GridBranch", grid, committee);

        await Eventually.UntilAsync(() => fixture.Gateway.OverviewAsync(City),
            o => o.GridAndCompoundPartyBranches > before[^1].GridAndCompoundPartyBranches, TimeSpan.FromSeconds(60), "Reporting to count the branch", Api.Cancel);
        for (var i = 0; i < Chain.Length; i++)
        {
            Assert.Equal(before[i].GridAndCompoundPartyBranches + 1, (await fixture.Gateway.OverviewAsync(Chain[i])).GridAndCompoundPartyBranches);
        }
    }

    private async Task<Guid> EstablishAsync(string name, string kind, string regionCode, Guid? parentId)
    {
        var response = await fixture.Gateway.PostJsonAsync("/api/party/organisations",
            new { name, kind, regionCode, parentId, secretary = "张书记", foundedOn = "2024-07-01" });
        var body = await response.Content.ReadAsStringAsync(Api.Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>A valid resident ID number (GB 11643 check character) for a synthetic person born in 1980–1999.</summary>
    private static string SyntheticIdNumber()
    {
        var birth = new DateOnly(1980, 1, 1).AddDays(Random.Shared.Next(0, 7000));
        var first17 = string.Create(CultureInfo.InvariantCulture, $"511603{birth:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}");
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }
}
