using MassTransit;
using Platform.Charity.Donations;
using Platform.Charity.Redemptions;

namespace Platform.Charity;

public static class CharityServices
{
    /// <summary>The redemption saga's steps and its expiry job (<c>Charity:Redemptions</c>); the donation limits (<c>Charity:Donations</c>).</summary>
    public static IHostApplicationBuilder AddCharity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RedemptionOptions>().BindConfiguration("Charity:Redemptions");
        builder.Services.AddScoped<RedemptionSaga>();
        builder.Services.AddHostedService<RedemptionExpiry>();
        builder.Services.AddOptions<DonationLimitOptions>().BindConfiguration("Charity:Donations");
        builder.Services.AddScoped<DonationLimits>();
        return builder;
    }

    public static void AddCharityConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<PointsDebitedConsumer>();
        bus.AddConsumer<PointsDebitRefusedConsumer>();
    }
}
