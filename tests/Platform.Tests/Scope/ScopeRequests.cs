using System.Net.Http.Json;
using System.Text;
using Platform.Testing;
using Platform.Testing.OpenApi;
using static Platform.Tests.Scope.ScopeFixture;

namespace Platform.Tests.Scope;

/// <summary>A request to one operation about one target region: what would succeed for a caller in reach.</summary>
public sealed record ScopeRequest(string Target, string Url, Func<HttpContent?> Body);

/// <summary>
/// Builds, for each operation, a valid request about a record or region of the target: path parameters filled with the
/// fixture's records, the region parameter set to the target, and a body that would succeed for a caller in reach.
/// An operation with no known request fails the matrix with the reason, so a new endpoint gets one the day it lands.
/// </summary>
public static class ScopeRequests
{
    /// <summary>The regions a region-addressing operation is tried on: a community, its street, its county, the city.</summary>
    private static readonly string[] RegionTargets = [Community, Street, County, City];

    public static (IReadOnlyList<ScopeRequest> Requests, string? Missing) For(ApiEndpoint endpoint, ScopeClass scope, ScopeRecords records)
    {
        var body = Bodies.GetValueOrDefault(endpoint.Name);
        if (endpoint.Method != "GET" && endpoint.Method != "DELETE" && body is null && endpoint.BodyType is not null)
        {
            return ([], "no valid body known: add one to ScopeRequests.Bodies");
        }

        var targets = scope.Category == ScopeCategory.RegionByPath
            ? RegionPathTargets(endpoint, records)
            : [body?.Target ?? RecordRegion(endpoint) ?? Community];
        var requests = new List<ScopeRequest>();
        foreach (var target in targets)
        {
            var url = endpoint.Path;
            foreach (var parameter in endpoint.Parameters)
            {
                var value = parameter.Name == "format" ? "json"
                    : ScopeClassification.Is(parameter.Name, ["code", "regionCode"]) ? target
                    : RecordFor(endpoint, parameter.Name, records);
                if (value is null)
                {
                    return ([], $"no record known for the path parameter {{{parameter.Name}}}: add one to ScopeRequests.RecordFor");
                }

                url = url.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
            }

            if (endpoint.QueryParameters.FirstOrDefault(q => ScopeClassification.Is(q, ScopeClassification.RegionNames)) is { } region
                && scope.Category == ScopeCategory.RegionNamed)
            {
                url += $"?{region}={target}";
            }

            if (Queries.TryGetValue(endpoint.Name, out var query))
            {
                url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
            }

            requests.Add(new(target, url, () => body?.Content(records, target)));
        }

        return (requests, null);
    }

    private static string[] RegionPathTargets(ApiEndpoint endpoint, ScopeRecords records) => endpoint.Path switch
    {
        var p when p.StartsWith("/api/party/compounds/", StringComparison.Ordinal) => [records.CompoundCode],
        var p when p.Contains("/communities/{code}", StringComparison.Ordinal) => [Community],
        "/api/party/regions/{code}/parent" => [Grid],
        "/api/party/regions/{code}/retirement" => [records.RetirableGrid],
        _ => RegionTargets,
    };

    /// <summary>Records kept above community level: their region is the county's.</summary>
    private static string? RecordRegion(ApiEndpoint endpoint) =>
        endpoint.Path.StartsWith("/api/incubation/centres/", StringComparison.Ordinal)
        || endpoint.Path.StartsWith("/api/charity/federations/", StringComparison.Ordinal)
            ? County
            : null;

    /// <summary>The fixture's record a path parameter stands for, by the segment before it and the action after it.</summary>
    private static string? RecordFor(ApiEndpoint endpoint, string parameter, ScopeRecords r)
    {
        var path = endpoint.Path;
        var before = path[..path.IndexOf("{" + parameter + "}", StringComparison.Ordinal)].TrimEnd('/');
        var segment = before[(before.LastIndexOf('/') + 1)..];
        var service = path.Split('/')[2];
        var action = path.EndsWith('}') ? null : path[(path.LastIndexOf('/') + 1)..];
        object? id = (service, segment, parameter) switch
        {
            ("party", "organisations", _) => action == "dissolution" ? r.DissolvableOrganisation : r.PartyOrganisation,
            ("party", "members", _) => action == "reports" ? r.UnreportedMember : r.PartyMember,
            ("party", "dual-reports", _) => r.DualReport,
            ("incubation", "centres", _) => r.Centre,
            ("incubation", "organisations", _) => action switch
            {
                "incubate" => r.FiledOrganisation,
                "graduate" => r.IncubatingOrganisation,
                _ => r.AppliedOrganisation,
            },
            ("incubation", "projects", _) => r.Project,
            ("incubation", "social-workers", _) => r.SocialWorker,
            ("incubation", "rooms", _) => r.Room,
            ("incubation", "workers", _) => r.AssignedSocialWorker,
            ("volunteers", "volunteers", _) => r.Volunteer,
            ("volunteers", "teams", _) => r.Team,
            ("volunteers", "members", _) => r.Member,
            ("volunteers", "activities", _) => r.Activity,
            ("volunteers", "participants", _) => action is "hours" ? r.CheckedOutVolunteer : r.SignedUpVolunteer,
            ("charity", "federations", _) => r.Federation,
            ("charity", "funds", _) => r.Fund,
            ("charity", "entries", _) => r.JournalEntry,
            ("charity", "donations", _) => r.Donation,
            ("charity", "disbursements", _) => r.Disbursement,
            ("charity", "supermarkets", _) => r.Supermarket,
            ("charity", "redemptions", _) => r.Redemption,
            ("charity", "outlets", _) => r.Outlet,
            ("reporting", "records", _) => r.ServiceRecord,
            ("reporting", "requests", "serviceRequestId") => r.ServiceRequests["Reported"],
            ("reporting", "tokens", "token") => r.ServiceRequests["Reported"],
            ("reporting", "requests", _) => action switch
            {
                "assign" => r.ServiceRequests["Accepted"],
                "resolve" => r.ServiceRequests["Assigned"],
                "close" => r.ServiceRequests["Resolved"],
                _ => r.ServiceRequests["Reported"],
            },
            ("identity", "users", _) => r.User,
            ("identity", "clients", _) => r.Client,
            _ => null,
        };
        return id?.ToString();
    }

    /// <summary>Query parameters an operation requires besides its region.</summary>
    private static readonly Dictionary<string, string> Queries = new()
    {
        ["GET /api/charity/donations/statement"] = "donorName=" + Uri.EscapeDataString("广安某企业 (synthetic)"),
    };

    /// <summary>A body for an operation, and the region it names (the target its callers are placed around).</summary>
    private sealed record BodyOf(Func<ScopeRecords, string, HttpContent> Content, string? Target = null);

    private static BodyOf Json(Func<ScopeRecords, string, object> body, string? target = null) =>
        new((r, t) => JsonContent.Create(body(r, t), options: Platform.Testing.Json.Options), target);

    private static BodyOf Csv(Func<ScopeRecords, string, string> body, string? target = null) =>
        new((r, t) => new StringContent(body(r, t), Encoding.UTF8, "text/csv"), target);

    private static readonly object Empty = new { };

    /// <summary>
    /// Valid bodies by operation. The target is the region the body names (the record's region where the path addresses
    /// a record): the community unless said otherwise.
    /// </summary>
    private static readonly Dictionary<string, BodyOf> Bodies = new()
    {
        // PartyBuilding
        ["POST /api/party/regions"] = Json((_, t) => new { code = "511603001009", name = "新设社区 (synthetic)", level = "Community", parentCode = t }, Street),
        ["POST /api/party/regions/import"] = Json((_, t) => new[] { new { code = "511603001008", name = "导入社区 (synthetic)", level = "Community", parentCode = t } }, Street),
        ["PUT /api/party/regions/{code}/name"] = Json((r, t) => new { name = Tree.FirstOrDefault(n => n.Code == t).Name ?? "区划", version = r.RegionVersions[t] }),
        ["PUT /api/party/regions/{code}/parent"] = Json((r, t) => new { parentCode = SiblingCommunity, version = r.RegionVersions[t] }),
        ["POST /api/party/regions/{code}/retirement"] = Json((r, t) => new { version = r.RegionVersions[t] }),
        ["PUT /api/party/compounds/{code}"] = Json((r, _) => new
        {
            category = "OldCompound", pilot = true, propertyCompany = "永前物业 (synthetic)", committee = "OwnersCommittee", version = r.CompoundVersion,
        }),
        ["POST /api/party/organisations"] = Json((r, t) => new
        {
            name = "永前社区社会组织党支部 (synthetic)", kind = "SocialOrganisationBranch", regionCode = t, parentId = r.PartyOrganisation, secretary = "吴支书", foundedOn = "2022-05-01",
        }),
        ["POST /api/party/organisations/import"] = Json((r, t) => new[]
        {
            new { name = "导入社会组织党支部 (synthetic)", kind = "SocialOrganisationBranch", regionCode = t, parentId = r.PartyOrganisation, secretary = "郑支书", foundedOn = "2023-03-01" },
        }),
        ["POST /api/party/members"] = Json((r, _) => new { name = "新党员", residentIdNumber = ScopeRecords.IdNumber(), organisationId = r.PartyOrganisation }),
        ["POST /api/party/members/{id}/reports"] = Json((_, t) => new { communityCode = t }),
        ["POST /api/party/organisations/{id}/reports"] = Json((_, t) => new { communityCode = t }),
        ["POST /api/party/governance-centres"] = Json((_, t) => new { regionCode = t, name = "大佛寺街道综治分中心 (synthetic)", demonstration = false }, Street),
        ["PUT /api/party/communities/{code}/legal-adviser"] = Json((_, _) => new { name = "赵律师", lawFirm = "广安某律师事务所 (synthetic)" }),
        ["POST /api/party/organisations/{id}/dissolution"] = Json((_, _) => Empty),
        ["POST /api/party/dual-reports/{id}/withdrawal"] = Json((_, _) => Empty),
        ["POST /api/party/facilities"] = Json((_, t) => new { regionCode = t, kind = "FeaturedCommunity" }),
        ["POST /api/party/facilities/import"] = Csv((_, t) => $"regionCode,facility\n{t},NewPartyServiceCentre\n"),

        // Incubation
        ["POST /api/incubation/centres"] = Json((_, t) => new { name = "前锋区第二孵化中心 (synthetic)", level = "County", regionCode = t, areaSquareMetres = 300 }, County),
        ["POST /api/incubation/organisations"] = Json((_, t) => new { name = $"永前文体协会 {ScopeRecords.Unique}", kind = "CommunitySocialOrganisation", communityCode = t, contactName = "钱会长" }),
        ["POST /api/incubation/organisations/import"] = Json((_, t) => new
        {
            organisations = new[]
            {
                new { organisation = new { name = $"导入社区社会组织 {ScopeRecords.Unique}", kind = "CommunitySocialOrganisation", communityCode = t, contactName = "冯会长" }, state = "Filed" },
            },
        }),
        ["POST /api/incubation/organisations/{id}/file"] = Json((r, _) => new { reason = "材料齐全", version = r.OrganisationVersions[r.AppliedOrganisation] }),
        ["POST /api/incubation/organisations/{id}/incubate"] = Json((r, _) => new { centreId = r.Centre, reason = "入驻孵化", version = r.OrganisationVersions[r.FiledOrganisation] }),
        ["POST /api/incubation/organisations/{id}/graduate"] = Json((r, _) => new { reason = "孵化期满", version = r.OrganisationVersions[r.IncubatingOrganisation] }),
        ["POST /api/incubation/organisations/{id}/revoke"] = Json((r, _) => new { reason = "长期未开展活动", version = r.OrganisationVersions[r.AppliedOrganisation] }),
        ["POST /api/incubation/organisations/{id}/grades"] = Json((_, _) => new { grade = 3, score = 80, evaluatedOn = "2026-10-01", reason = "年度评估" }),
        ["POST /api/incubation/projects"] = Json((r, t) => new
        {
            organisationId = r.FiledOrganisation, kind = "GovernmentPurchase", title = "永前社区儿童关爱项目 (synthetic)", communityCode = t,
            budgetFen = 3_000_000, startsOn = "2026-03-01", endsOn = "2026-12-31",
        }),
        ["POST /api/incubation/projects/{id}/complete"] = Json((r, _) => new { outputs = new[] { "服务 120 人次" }, version = r.ProjectVersion }),
        ["POST /api/incubation/social-workers"] = Json((_, t) => new { name = "新社工", certificateNumber = $"SG{ScopeRecords.Unique}", level = "Senior", communityCode = t }),
        ["POST /api/incubation/social-workers/import"] = Json((_, t) => new
        {
            workers = new[] { new { worker = new { name = "导入社工", certificateNumber = $"SG{ScopeRecords.Unique}", level = "Assistant", communityCode = t }, assignToRoom = false } },
        }),
        ["POST /api/incubation/rooms"] = Json((_, t) => new { communityCode = t, name = "永前社区第二社工室 (synthetic)" }),
        ["POST /api/incubation/rooms/{roomId}/workers"] = Json((r, _) => new { socialWorkerId = r.SocialWorker }),

        // Volunteers
        ["POST /api/volunteers/volunteers"] = Json((_, t) => new { name = "新志愿者", idNumber = ScopeRecords.IdNumber(), communityCode = t, byCommunityWorker = true }),
        ["POST /api/volunteers/volunteers/import"] = Csv((_, t) => $"name,idNumber,communityCode\n导入志愿者,{ScopeRecords.IdNumber()},{t}\n"),
        ["PUT /api/volunteers/volunteers/{id}"] = Json((r, t) => new { name = "志愿者甲", communityCode = t, version = r.VolunteerVersion }),
        ["POST /api/volunteers/activities/{activityId}/complete"] = Json((_, _) => Empty),
        ["POST /api/volunteers/teams"] = Json((r, t) => new { name = "永前生态绿志愿服务队 (synthetic)", colour = "EcologyGreen", communityCode = t, leaderId = r.Volunteer }),
        ["POST /api/volunteers/teams/import"] = Csv((r, t) => $"name,colour,communityCode,leaderId\n导入卫士白队,GuardianWhite,{t},{r.Volunteer}\n"),
        ["POST /api/volunteers/teams/{teamId}/members"] = Json((r, _) => new { volunteerId = r.Volunteer }),
        ["POST /api/volunteers/activities"] = Json((r, t) => new
        {
            title = "永前社区助老服务 (synthetic)", category = "ElderlyDisabledCare", organiserTeamId = r.Team, communityCode = t,
            startsAt = DateTimeOffset.UtcNow.AddDays(1), endsAt = DateTimeOffset.UtcNow.AddDays(1).AddHours(3), capacity = 20,
        }),
        ["POST /api/volunteers/activities/import"] = Csv((r, t) =>
            $"title,category,organiserTeamId,communityCode,startsAt,endsAt,capacity\n导入巡逻,SecurityPatrol,{r.Team},{t},2026-11-01T01:00:00Z,2026-11-01T03:00:00Z,10\n"),
        ["POST /api/volunteers/activities/attendance/import"] = Csv((r, _) => $"activityId,volunteerId,minutes\n{r.EndedActivity},{r.Member},60\n"),
        ["POST /api/volunteers/activities/{activityId}/participants"] = Json((r, _) => new { volunteerId = r.Volunteer }),
        ["POST /api/volunteers/activities/{activityId}/participants/{volunteerId}/check-in"] = Json((_, _) => Empty),
        ["POST /api/volunteers/activities/{activityId}/participants/{volunteerId}/check-out"] = Json((_, _) => Empty),
        ["POST /api/volunteers/activities/{activityId}/participants/{volunteerId}/hours"] = Json((_, _) => new { minutes = 55 }),

        // Charity
        ["POST /api/charity/federations"] = Json((_, t) => new { name = "前锋区第二慈善会 (synthetic)", regionCode = t }, County),
        ["POST /api/charity/funds"] = Json((r, t) => new { name = "永前社区助学基金 (synthetic)", federationId = r.Federation, communityCode = t }),
        ["PUT /api/charity/funds/{id}/status"] = Json((_, _) => new { status = "Suspended" }),
        ["POST /api/charity/ledger/entries/{id}/reversal"] = Json((_, _) => new { reason = "录入错误" }),
        ["POST /api/charity/donations"] = Json((r, _) => new { kind = "Money", donorKind = "Resident", donorName = "居民 (synthetic)", amountFen = 10_000, fundId = r.Fund }),
        ["POST /api/charity/donations/bulk"] = Json((r, _) => new { donations = new[] { new { kind = "Money", donorKind = "Anonymous", amountFen = 5_000, fundId = r.Fund } } }),
        ["POST /api/charity/disbursements"] = Json((r, _) => new { fundId = r.Fund, kind = "Assistance", amountFen = 5_000, purpose = "临时救助", beneficiary = "永前社区居民" }),
        ["POST /api/charity/disbursements/{id}/approvals"] = Json((_, _) => Empty),
        ["POST /api/charity/supermarkets"] = Json((_, t) => new { name = "永前社区第二慈善超市 (synthetic)", communityCode = t }),
        ["POST /api/charity/supermarkets/{supermarketId}/redemptions"] = Json((r, _) => new { volunteerId = r.Volunteer, stockItemId = r.StockItem, quantity = 1 }),
        ["POST /api/charity/lottery/outlets"] = Json((_, t) => new { name = "永前社区第二福彩点 (synthetic)", communityCode = t, fundSharePercent = 30m }),
        ["POST /api/charity/lottery/outlets/{id}/reports"] = Json((_, _) => new { periodStart = "2026-10-01", periodEnd = "2026-10-31", salesFen = 1_000_000, revenueFen = 100_000 }),

        // Reporting
        ["POST /api/reporting/records"] = Json((_, t) => new
        {
            serviceKind = "NeedsAssessment", providerKind = "SocialWorker", providerName = "陈社工", communityCode = t, date = "2026-11-21", beneficiaries = 3,
        }),
        ["POST /api/reporting/records/import"] = Csv((_, t) =>
            $"serviceKind,providerKind,providerName,communityCode,date,beneficiaries\nResourceLinking,Team,永前先锋红志愿服务队,{t},2026-11-22,8\n"),
        ["POST /api/reporting/requests"] = Json((_, t) => new { kind = "Need", communityCode = t, description = "独居老人需要上门探访" }),
        ["POST /api/reporting/requests/{id}/accept"] = Json((_, _) => new { note = "已受理" }),
        ["POST /api/reporting/requests/{id}/assign"] = Json((_, _) => new { assignee = "网格员", note = "已派单" }),
        ["POST /api/reporting/requests/{id}/resolve"] = Json((_, _) => new { note = "已处理" }),
        ["POST /api/reporting/requests/{id}/close"] = Json((_, _) => new { note = "已办结" }),
        ["POST /api/reporting/open311/v2/requests.{format}"] = new((_, t) => new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = "hazard", ["description"] = "路灯损坏", ["address_string"] = "永前社区", ["attribute[community_code]"] = t,
        })),

        // Identity
        ["POST /api/identity/users"] = Json((_, t) => new
        {
            userName = $"scope.{ScopeRecords.Unique}", displayName = "社区工作者", password = "A-long-password-123", roles = new[] { "community-worker" }, region = t,
        }),
        ["PUT /api/identity/users/{id}/access"] = Json((_, t) => new { roles = new[] { "community-worker" }, region = t }),
        ["POST /api/identity/clients"] = Json((_, t) => new { clientId = $"scope-{ScopeRecords.Unique}", displayName = "社区接口", roles = new[] { "community-worker" }, region = t }),
    };
}
