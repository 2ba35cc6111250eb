using Platform.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit on RabbitMQ (connection string from Aspire), the outbox relay and its commit signal for
    /// <typeparamref name="TContext"/> (whose model calls <see cref="Outbox.AddOutboxAndInbox"/>), and retry with back-off
    /// before a message goes to its <c>_error</c> queue.
    /// Queues are named <c>{service}-{consumer}</c> so that each service gets its own copy of an event.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformMessaging<TContext>(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionName}' (RabbitMQ) is not configured.");

        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.ConfigureDbContext<TContext>((services, options) =>
            options.AddInterceptors(new OutboxCommitInterceptor(services.GetRequiredService<OutboxSignal>())));
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString), host => host.ConnectionName(serviceName));
                rabbit.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(100),
                    TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
