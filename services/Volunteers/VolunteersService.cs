using MassTransit;
using Platform.Data;
using Platform.Messaging;
using Platform.PersonalData;
using Platform.RegionReplica;
using Platform.Security;
using Platform.Volunteers.Activities;
using Platform.Volunteers.Data;
using Platform.Volunteers.Points;
using Platform.Volunteers.Teams;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers;

public static class VolunteersService
{
    public const string ServiceName = "volunteers";
    public const string Prefix = "/api/volunteers";

    /// <summary>Configuration section of the service's own settings, e.g. <c>Volunteers:PersonalDataKey</c>.</summary>
    public const string ConfigurationSection = "Volunteers";
    public const string PersonalDataKey = $"{ConfigurationSection}:PersonalDataKey";
    public const string PersonalDataHashKey = $"{ConfigurationSection}:PersonalDataHashKey";

    /// <summary>
    /// The building blocks, the personal-data keys (from configuration, never the database), the points rates and the
    /// ledger, and the consumers of party-member reports and points redemptions.
    /// </summary>
    public static IHostApplicationBuilder AddVolunteers(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<VolunteersDb>(ServiceName);
        builder.AddPlatformMessaging<VolunteersDb>(ServiceName, bus =>
        {
            bus.AddRegionReplica<VolunteersDb>(ServiceName);
            bus.AddConsumer<PartyMemberReportedConsumer>();
            bus.AddConsumer<PartyMemberWithdrawnConsumer>();
            bus.AddConsumer<PointsRedemptionRequestedConsumer>();
            bus.AddConsumer<PointsRedemptionCancelledConsumer>();
        });
        builder.AddPlatformSecurity<VolunteersDb>(ServiceName);
        builder.AddRegionDirectory<VolunteersDb>();
        builder.AddPersonalDataProtection(ConfigurationSection);
        builder.Services.AddOptions<PointsRatesOptions>().BindConfiguration($"{ConfigurationSection}:PointsPerHour");
        builder.Services.AddSingleton<PointsRates>();
        builder.Services.AddScoped<PointsLedger>();
        // Validation is generated per assembly: the call must be made here, where the request types live.
        builder.Services.AddValidation();
        return builder;
    }

    public static WebApplication MapVolunteers(this WebApplication app)
    {
        app.MapPlatformEndpoints(Prefix);
        app.MapRegionReplicaApi(Prefix);
        app.MapVolunteersApi();
        app.MapTeamsApi();
        app.MapActivitiesApi();
        return app;
    }
}
