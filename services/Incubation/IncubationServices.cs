using MassTransit;
using Platform.Incubation.PartyOrganisations;
using Platform.PersonalData;

namespace Platform.Incubation;

public static class IncubationServices
{
    /// <summary>Configuration section of the service's own settings, e.g. <c>Incubation:PersonalDataKey</c> (contact phones).</summary>
    public const string ConfigurationSection = "Incubation";
    public const string PersonalDataKey = $"{ConfigurationSection}:PersonalDataKey";
    public const string PersonalDataHashKey = $"{ConfigurationSection}:PersonalDataHashKey";

    public static IHostApplicationBuilder AddIncubation(this IHostApplicationBuilder builder)
    {
        builder.AddPersonalDataProtection(ConfigurationSection);
        return builder;
    }

    /// <summary>The party organisations a red-pairing project may name, replicated from PartyBuilding's events.</summary>
    public static void AddIncubationConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<PartyOrganisationEstablishedConsumer>();
        bus.AddConsumer<PartyOrganisationDissolvedConsumer>();
    }
}
