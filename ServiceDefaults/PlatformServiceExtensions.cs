using MassTransit;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;

namespace Platform.ServiceDefaults;

public static class PlatformServiceExtensions
{
    /// <summary>
    /// Everything a domain service stands on: the defaults, its database (connection string "{service}db") with the
    /// outbox and inbox, the bus with the given consumers, and token validation with the platform's policies.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformService<TContext>(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? consumers = null)
        where TContext : ServiceDbContext
    {
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<TContext>($"{serviceName}db");
        builder.AddMessaging<TContext>(serviceName, consumers);
        builder.AddTokenValidation();
        return builder;
    }
}
