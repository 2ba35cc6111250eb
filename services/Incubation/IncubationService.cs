using Platform.Data;
using Platform.Incubation.Centres;
using Platform.Incubation.Data;
using Platform.Incubation.Organisations;
using Platform.Incubation.PartyOrganisations;
using Platform.Incubation.Projects;
using Platform.Incubation.Rooms;
using Platform.Incubation.SocialWorkers;
using Platform.Messaging;
using Platform.PersonalData;
using Platform.RegionReplica;
using Platform.Security;

namespace Platform.Incubation;

public static class IncubationService
{
    public const string ServiceName = "incubation";
    public const string Prefix = "/api/incubation";

    /// <summary>Configuration section of the service's own settings, e.g. <c>Incubation:PersonalDataKey</c> (contact phones).</summary>
    public const string ConfigurationSection = "Incubation";
    public const string PersonalDataKey = $"{ConfigurationSection}:PersonalDataKey";
    public const string PersonalDataHashKey = $"{ConfigurationSection}:PersonalDataHashKey";

    public static IHostApplicationBuilder AddIncubation(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<IncubationDb>(ServiceName);
        builder.AddPlatformMessaging<IncubationDb>(ServiceName, bus =>
        {
            bus.AddRegionReplica<IncubationDb>(ServiceName);
            // The party organisations a red-pairing project may name, replicated from PartyBuilding's events.
            bus.AddConsumer<PartyOrganisationEstablishedConsumer>();
            bus.AddConsumer<PartyOrganisationDissolvedConsumer>();
        });
        builder.AddPlatformSecurity<IncubationDb>(ServiceName);
        builder.AddRegionDirectory<IncubationDb>();
        builder.AddPersonalDataProtection(ConfigurationSection);
        // Validation is generated per assembly: the call must be made here, where the request types live.
        builder.Services.AddValidation();
        return builder;
    }

    public static WebApplication MapIncubation(this WebApplication app)
    {
        app.MapPlatformEndpoints(Prefix);
        app.MapRegionReplicaApi(Prefix);
        app.MapCentresApi();
        app.MapOrganisationsApi();
        app.MapProjectsApi();
        app.MapSocialWorkersApi();
        app.MapRoomsApi();
        return app;
    }
}
