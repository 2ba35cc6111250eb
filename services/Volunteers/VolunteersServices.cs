using MassTransit;
using Platform.PersonalData;
using Platform.Volunteers.Points;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers;

public static class VolunteersServices
{
    public const string PersonalDataKey = "Volunteers:PersonalDataKey";
    public const string PersonalDataHashKey = "Volunteers:PersonalDataHashKey";

    /// <summary>The personal-data keys (from configuration, never the database), the points rates and the ledger.</summary>
    public static IHostApplicationBuilder AddVolunteers(this IHostApplicationBuilder builder)
    {
        var protector = PersonalDataProtector.FromBase64(builder.Configuration[PersonalDataKey], builder.Configuration[PersonalDataHashKey]);
        builder.Services.AddSingleton(protector);
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
