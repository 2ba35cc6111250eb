using MassTransit;
using Platform.PersonalData;
using Platform.Volunteers.Points;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers;

public static class VolunteersServices
{
    /// <summary>Configuration section of the service's own settings, e.g. <c>Volunteers:PersonalDataKey</c>.</summary>
    public const string ConfigurationSection = "Volunteers";
    public const string PersonalDataKey = $"{ConfigurationSection}:PersonalDataKey";
    public const string PersonalDataHashKey = $"{ConfigurationSection}:PersonalDataHashKey";

    /// <summary>The personal-data keys (from configuration, never the database), the points rates and the ledger.</summary>
    public static IHostApplicationBuilder AddVolunteers(this IHostApplicationBuilder builder)
    {
        builder.AddPersonalDataProtection(ConfigurationSection);
        builder.Services.AddOptions<PointsRatesOptions>().BindConfiguration("Volunteers:PointsPerHour");
        builder.Services.AddSingleton<PointsRates>();
        builder.Services.AddScoped<PointsLedger>();
        return builder;
    }

    public static void AddVolunteersConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<PartyMemberReportedConsumer>();
        bus.AddConsumer<PartyMemberWithdrawnConsumer>();
        bus.AddConsumer<PointsRedemptionRequestedConsumer>();
        bus.AddConsumer<PointsRedemptionCancelledConsumer>();
    }
}
