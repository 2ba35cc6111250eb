using Platform.Charity.Disbursements;
using Platform.Charity.Donations;
using Platform.Charity.Federations;
using Platform.Charity.Funds;
using Platform.Charity.Ledger;
using Platform.Charity.Lottery;
using Platform.Charity.Redemptions;
using Platform.Charity.Supermarkets;

namespace Platform.Charity;

public static class CharityService
{
    public const string ServiceName = "charity";
    public const string Prefix = "/api/charity";

    /// <summary>
    /// The building blocks, the redemption saga's steps and its expiry job (<c>Charity:Redemptions</c>) and the donation
    /// limits (<c>Charity:Donations</c>).
    /// </summary>
    public static IHostApplicationBuilder AddCharity(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<CharityDb>(ServiceName);
        builder.AddPlatformMessaging<CharityDb>(ServiceName, bus =>
        {
            bus.AddRegionReplica<CharityDb>(ServiceName);
            bus.AddConsumer<PointsDebitedConsumer>();
            bus.AddConsumer<PointsDebitRefusedConsumer>();
        });
        builder.AddPlatformSecurity<CharityDb>(ServiceName);
        builder.AddRegionDirectory<CharityDb>();

        builder.Services.AddOptions<RedemptionOptions>().BindConfiguration("Charity:Redemptions");
        builder.Services.AddScoped<RedemptionSaga>();
        builder.Services.AddHostedService<RedemptionExpiry>();
        builder.Services.AddOptions<DonationLimitOptions>().BindConfiguration("Charity:Donations");
        builder.Services.AddScoped<DonationLimits>();
        // Validation is generated per assembly: the call must be made here, where the request types live.
        builder.Services.AddValidation();
        return builder;
    }

    public static WebApplication MapCharity(this WebApplication app)
    {
        app.MapPlatformEndpoints(Prefix);
        app.MapRegionReplicaApi(Prefix);
        app.MapFederationsApi();
        app.MapFundsApi();
        app.MapLedgerApi();
        app.MapDonationsApi();
        app.MapDisbursementsApi();
        app.MapSupermarketsApi();
        app.MapRedemptionsApi();
        app.MapLotteryApi();
        return app;
    }
}
