using System.Net.Http.Json;
using System.Text.Json;
using Platform.PersonalData;
using Platform.Testing;
using static Platform.Tests.Scope.ScopeFixture;

namespace Platform.Tests.Scope;

/// <summary>
/// One record of every kind the operations address, created through the gateway by a city administrator in the
/// target community 永前社区 (511603001002), or in its street or county for records kept at those levels. Records
/// that move through states come in one per state, so that each state-changing operation has a request that would
/// succeed for a caller in reach.
/// </summary>
public sealed class ScopeRecords
{
    private static readonly string[] CommunityWorker = ["community-worker"];

    private readonly HttpClient _admin;

    private ScopeRecords(HttpClient admin) => _admin = admin;

    public static string Unique => Guid.NewGuid().ToString("N")[..8];

    public string CompoundCode => "511603001002101";
    public string RetirableGrid => "511603001002003";
    public Dictionary<string, int> RegionVersions { get; } = [];

    // PartyBuilding
    public Guid PartyOrganisation { get; private set; }
    public Guid DissolvableOrganisation { get; private set; }
    public Guid PartyMember { get; private set; }
    public Guid UnreportedMember { get; private set; }
    public Guid DualReport { get; private set; }
    public int? CompoundVersion { get; private set; }

    // Incubation
    public Guid Centre { get; private set; }
    public Guid AppliedOrganisation { get; private set; }
    public Guid FiledOrganisation { get; private set; }
    public Guid IncubatingOrganisation { get; private set; }
    public Dictionary<Guid, uint?> OrganisationVersions { get; } = [];
    public Guid Project { get; private set; }
    public uint? ProjectVersion { get; private set; }

    public uint? VolunteerVersion { get; private set; }
    public Guid SocialWorker { get; private set; }
    public Guid AssignedSocialWorker { get; private set; }
    public Guid Room { get; private set; }

    // Volunteers
    public Guid Volunteer { get; private set; }
    public Guid CheckedOutVolunteer { get; private set; }
    public Guid SignedUpVolunteer { get; private set; }
    public Guid Member { get; private set; }
    public Guid Team { get; private set; }
    public Guid Activity { get; private set; }
    public Guid EndedActivity { get; private set; }

    // Charity
    public Guid Federation { get; private set; }
    public Guid Fund { get; private set; }
    public Guid Donation { get; private set; }
    public Guid JournalEntry { get; private set; }
    public Guid Disbursement { get; private set; }
    public Guid Supermarket { get; private set; }
    public Guid StockItem { get; private set; }
    public Guid Redemption { get; private set; }
    public Guid Outlet { get; private set; }

    // Reporting
    public Guid ServiceRecord { get; private set; }
    public Dictionary<string, Guid> ServiceRequests { get; } = [];

    // Identity
    public Guid User { get; private set; }
    public string Client { get; private set; } = "";

    public static async Task<ScopeRecords> CreateAsync(HttpClient admin)
    {
        var records = new ScopeRecords(admin);
        await records.PartyAsync();
        await records.IncubationAsync();
        await records.VolunteersAsync();
        await records.CharityAsync();
        await records.ReportingAsync();
        await records.IdentityAsync();
        await records.RefreshAsync();
        return records;
    }

    /// <summary>Reads the versions again: a request must send the current one, and a test before may have changed one.</summary>
    public async Task RefreshAsync()
    {
        foreach (var code in Tree.Select(n => n.Code).Append(CompoundCode).Append(RetirableGrid))
        {
            RegionVersions[code] = (await GetAsync($"/api/party/regions/{code}")).GetProperty("version").GetInt32();
        }

        CompoundVersion = (int?)Version(await GetAsync($"/api/party/compounds/{CompoundCode}"));
        foreach (var organisation in OrganisationVersions.Keys.ToList())
        {
            OrganisationVersions[organisation] = Version(await GetAsync($"/api/incubation/organisations/{organisation}"));
        }

        ProjectVersion = Version(await GetAsync($"/api/incubation/projects/{Project}"));
        VolunteerVersion = Version(await GetAsync($"/api/volunteers/volunteers/{Volunteer}"));
    }

    private async Task PartyAsync()
    {
        await PostAsync("/api/party/regions", new { code = CompoundCode, name = "永前社区示范小区 (synthetic)", level = "Compound", parentCode = Community });
        await PostAsync("/api/party/regions", new { code = RetirableGrid, name = "永前社区第三网格 (synthetic)", level = "Grid", parentCode = Community });
        await PutAsync($"/api/party/compounds/{CompoundCode}", new { category = "OldCompound", pilot = true, propertyCompany = "永前物业 (synthetic)", committee = "OwnersCommittee" });
        PartyOrganisation = await IdAsync("/api/party/organisations",
            new { name = "永前社区党委 (synthetic)", kind = "CommunityPartyCommittee", regionCode = Community, secretary = "王书记", foundedOn = "2019-07-01" });
        DissolvableOrganisation = await IdAsync("/api/party/organisations",
            // In the second grid: the callers placed one level below the community are workers of the first.
            new { name = "永前社区第二网格党支部 (synthetic)", kind = "GridBranch", regionCode = SecondGrid, parentId = PartyOrganisation, secretary = "李支书", foundedOn = "2021-07-01" });
        PartyMember = await IdAsync("/api/party/members", new { name = "张党员", residentIdNumber = IdNumber(), organisationId = PartyOrganisation });
        UnreportedMember = await IdAsync("/api/party/members", new { name = "刘党员", residentIdNumber = IdNumber(), organisationId = PartyOrganisation });
        DualReport = await IdAsync($"/api/party/members/{PartyMember}/reports", new { communityCode = Community });
        await PutAsync($"/api/party/communities/{Community}/legal-adviser", new { name = "赵律师", lawFirm = "广安某律师事务所 (synthetic)" });
        await PostAsync("/api/party/governance-centres", new { regionCode = County, name = "前锋区综治中心 (synthetic)", demonstration = false });
        await PostAsync("/api/party/facilities", new { regionCode = Community, kind = "RenovatedCommunityCentre" });
    }

    private async Task IncubationAsync()
    {
        Centre = await IdAsync("/api/incubation/centres", new { name = "前锋区社会组织孵化中心 (synthetic)", level = "County", regionCode = County, areaSquareMetres = 600 });
        AppliedOrganisation = await OrganisationAsync("永前邻里互助会");
        FiledOrganisation = await OrganisationAsync("永前老年协会");
        await TransitionAsync(FiledOrganisation, "file", new { });
        IncubatingOrganisation = await OrganisationAsync("永前儿童之家");
        await TransitionAsync(IncubatingOrganisation, "file", new { });
        await TransitionAsync(IncubatingOrganisation, "incubate", new { centreId = Centre });
        Project = await IdAsync("/api/incubation/projects", new
        {
            organisationId = FiledOrganisation, kind = "PublicBenefitVenture", title = "永前社区助老公益创投 (synthetic)", communityCode = Community,
            budgetFen = 5_000_000, startsOn = "2026-01-01", endsOn = "2026-12-31",
        });
        SocialWorker = await IdAsync("/api/incubation/social-workers", new { name = "陈社工", certificateNumber = $"SG{Unique}", level = "Intermediate", communityCode = Community });
        AssignedSocialWorker = await IdAsync("/api/incubation/social-workers", new { name = "周社工", certificateNumber = $"SG{Unique}", level = "Assistant", communityCode = Community });
        Room = await IdAsync("/api/incubation/rooms", new { communityCode = Community, name = "永前社区社工室 (synthetic)" });
        await PostAsync($"/api/incubation/rooms/{Room}/workers", new { socialWorkerId = AssignedSocialWorker });
    }

    private async Task VolunteersAsync()
    {
        Volunteer = await VolunteerAsync("志愿者甲");
        CheckedOutVolunteer = await VolunteerAsync("志愿者乙");
        SignedUpVolunteer = await VolunteerAsync("志愿者丙");
        Member = await VolunteerAsync("志愿者丁");
        Team = await IdAsync("/api/volunteers/teams", new { name = "永前先锋红志愿服务队 (synthetic)", colour = "PioneerRed", communityCode = Community, leaderId = CheckedOutVolunteer });
        await PostAsync($"/api/volunteers/teams/{Team}/members", new { volunteerId = Member });
        var now = DateTimeOffset.UtcNow;
        Activity = await IdAsync("/api/volunteers/activities", new
        {
            title = "永前社区治安巡逻 (synthetic)", category = "SecurityPatrol", organiserTeamId = Team, communityCode = Community,
            startsAt = now.AddHours(-2), endsAt = now.AddHours(6), capacity = 50,
        });
        await PostAsync($"/api/volunteers/activities/{Activity}/participants", new { volunteerId = CheckedOutVolunteer });
        await PostAsync($"/api/volunteers/activities/{Activity}/participants/{CheckedOutVolunteer}/check-in", new { at = now.AddHours(-1) });
        await PostAsync($"/api/volunteers/activities/{Activity}/participants/{CheckedOutVolunteer}/check-out", new { at = now.AddMinutes(-5) });
        await PostAsync($"/api/volunteers/activities/{Activity}/participants", new { volunteerId = SignedUpVolunteer });
        EndedActivity = await IdAsync("/api/volunteers/activities", new
        {
            title = "永前社区纠纷调解 (synthetic)", category = "DisputeMediation", organiserTeamId = Team, communityCode = Community,
            startsAt = now.AddDays(-3), endsAt = now.AddDays(-3).AddHours(2), capacity = 10,
        });
    }

    private async Task CharityAsync()
    {
        Federation = await IdAsync("/api/charity/federations", new { name = "前锋区慈善会 (synthetic)", regionCode = County });
        Fund = await IdAsync("/api/charity/funds", new { name = "永前社区慈善基金 (synthetic)", federationId = Federation, communityCode = Community });
        Donation = await IdAsync("/api/charity/donations", new { kind = "Money", donorKind = "Enterprise", donorName = "广安某企业 (synthetic)", amountFen = 1_000_000, fundId = Fund });
        Supermarket = await IdAsync("/api/charity/supermarkets", new { name = "永前社区慈善超市 (synthetic)", communityCode = Community });
        await PostAsync("/api/charity/donations", new
        {
            kind = "Goods", donorKind = "Merchant", donorName = "永前超市 (synthetic)", amountFen = 20_000, supermarketId = Supermarket,
            itemName = "大米 5kg", quantity = 20, pointsPrice = 50,
        });
        StockItem = (await GetAsync($"/api/charity/supermarkets/{Supermarket}")).GetProperty("stock")[0].GetProperty("id").GetGuid();
        Disbursement = await IdAsync("/api/charity/disbursements", new { fundId = Fund, kind = "Assistance", amountFen = 10_000, purpose = "困难家庭救助", beneficiary = "永前社区困难户" });
        Redemption = (await SendAsync(HttpMethod.Post, $"/api/charity/supermarkets/{Supermarket}/redemptions", new { volunteerId = Volunteer, stockItemId = StockItem, quantity = 1 }))
            .GetProperty("id").GetGuid();
        Outlet = await IdAsync("/api/charity/lottery/outlets", new { name = "永前社区福彩销售点 (synthetic)", communityCode = Community, fundSharePercent = 40m });
        var entries = await GetAsync($"/api/charity/ledger/entries?region={Community}");
        JournalEntry = (entries.ValueKind == JsonValueKind.Array ? entries : entries.GetProperty("items"))[0].GetProperty("id").GetGuid();
    }

    private async Task ReportingAsync()
    {
        ServiceRecord = await IdAsync("/api/reporting/records", new
        {
            serviceKind = "ElderlyAndChildCare", providerKind = "Organisation", providerName = "永前老年协会", communityCode = Community,
            date = "2026-11-20", beneficiaries = 12,
        });
        string[] path = ["Reported", "accept", "Accepted", "assign", "Assigned", "resolve", "Resolved"];
        for (var state = 0; state < path.Length; state += 2)
        {
            var id = await IdAsync("/api/reporting/requests", new { kind = "Hazard", communityCode = Community, description = $"永前社区隐患 {path[state]} (synthetic)" });
            for (var step = 1; step <= state; step += 2)
            {
                await PostAsync($"/api/reporting/requests/{id}/{path[step]}", new { assignee = "网格员", note = "处理中" });
            }

            ServiceRequests[path[state]] = id;
        }
    }

    private async Task IdentityAsync()
    {
        User = await IdAsync("/api/identity/users", new
        {
            userName = $"yongqian.{Unique}", displayName = "永前社区工作者", password = "A-long-password-123", roles = CommunityWorker, region = Community,
        });
        Client = $"yongqian-{Unique}";
        await PostAsync("/api/identity/clients", new { clientId = Client, displayName = "永前社区接口", roles = CommunityWorker, region = Community });
    }

    /// <summary>The record's <c>version</c>, where its service has one yet (docs/api.md section 5).</summary>
    private static uint? Version(JsonElement record) =>
        record.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number ? version.GetUInt32() : null;

    public static string IdNumber()
    {
        var first17 = $"51160319{Random.Shared.Next(60, 99)}0{Random.Shared.Next(1, 9)}1{Random.Shared.Next(0, 9)}{Random.Shared.Next(100, 999)}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    private async Task<Guid> OrganisationAsync(string name)
    {
        var id = await IdAsync("/api/incubation/organisations", new { name = $"{name} {Unique} (synthetic)", kind = "CommunitySocialOrganisation", communityCode = Community, contactName = "孙会长" });
        OrganisationVersions[id] = Version(await GetAsync($"/api/incubation/organisations/{id}"));
        return id;
    }

    private async Task TransitionAsync(Guid organisation, string action, object body)
    {
        await PostAsync($"/api/incubation/organisations/{organisation}/{action}", body);
        OrganisationVersions[organisation] = Version(await GetAsync($"/api/incubation/organisations/{organisation}"));
    }

    private Task<Guid> VolunteerAsync(string name) =>
        IdAsync("/api/volunteers/volunteers", new { name, idNumber = IdNumber(), communityCode = Community, byCommunityWorker = true });

    private async Task<Guid> IdAsync(string path, object body) => (await PostAsync(path, body)).GetProperty("id").GetGuid();

    private Task<JsonElement> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    private Task<JsonElement> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    public Task<JsonElement> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: Json.Options) };
        using var response = await _admin.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new UnexpectedAnswerException($"Creating the fixture's records: {method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
