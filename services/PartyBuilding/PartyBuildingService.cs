using Platform.Data;
using Platform.Messaging;
using Platform.PartyBuilding.Compounds;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.DualReports;
using Platform.PartyBuilding.Facilities;
using Platform.PartyBuilding.Communities;
using Platform.PartyBuilding.GovernanceCentres;
using Platform.PartyBuilding.Members;
using Platform.PartyBuilding.Organisations;
using Platform.PartyBuilding.Regions;
using Platform.PersonalData;
using Platform.Security;

namespace Platform.PartyBuilding;

public static class PartyBuildingService
{
    public const string ServiceName = "party";
    public const string Prefix = "/api/party";

    /// <summary>Configuration section of the service's own settings, e.g. <c>PartyBuilding:PersonalDataKey</c>.</summary>
    public const string ConfigurationSection = "PartyBuilding";

    /// <summary>What every list of the service takes (docs/api.md, section 2).</summary>
    public const string ListRules =
        "region: a region code, by default the caller's region; malformed 400, outside the caller's region 403, unknown 404, " +
        "each naming region. page from 1; pageSize 1 to 500, default 50.";

    /// <summary>What every list with dates takes besides.</summary>
    public const string DateRules = "from, to: days of the city (Asia/Shanghai, yyyy-MM-dd), both inclusive; from after to is 400 naming to.";

    /// <summary>
    /// The building blocks and the features' services. This service owns the regions, so it keeps no replica of them and
    /// consumes nothing: its bus only publishes from the outbox.
    /// </summary>
    public static WebApplicationBuilder AddPartyBuilding(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<PartyDb>(ServiceName);
        builder.AddPlatformMessaging<PartyDb>(ServiceName);
        builder.AddPlatformSecurity<PartyDb>(ServiceName);
        builder.AddPersonalDataProtection(ConfigurationSection);
        // Validation is generated per assembly: the call must be made here, where the request types live.
        builder.Services.AddValidation();
        return builder;
    }

    public static WebApplication MapPartyBuilding(this WebApplication app)
    {
        app.MapPlatformEndpoints(Prefix);
        app.MapRegionsApi();
        app.MapCompoundsApi();
        app.MapOrganisationsApi();
        app.MapMembersApi();
        app.MapDualReportsApi();
        app.MapGovernanceCentresApi();
        app.MapCommunitiesApi();
        app.MapFacilitiesApi();
        return app;
    }
}
