using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's context on the Aspire-provided connection string <c>{service}db</c> (health check,
    /// retries, tracing), with snake_case names, and answers duplicates, stale versions and an unreachable database
    /// as problems. With <c>Database:MigrateOnStartup</c> (set by the AppHost for local runs) migrations are applied
    /// before the server listens; elsewhere they are applied by running the service with <c>migrate</c>.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string serviceName)
        where TContext : DbContext
    {
        // Aspire's default retries a failed command six times with delays up to 30 s: a request would hang for a
        // minute while the database is down. Three quick retries ride out a blip; an outage answers 503 in seconds.
        builder.AddNpgsqlDbContext<TContext>($"{serviceName}db", settings => settings.DisableRetry = true, options => options
            .UseNpgsql(npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention());
        builder.Services.AddExceptionHandler<DatabaseExceptionHandler>();

        if (builder.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        }

        return builder;
    }

    /// <summary>Runs the service, or with the argument <c>migrate</c> applies its migrations and exits (for deployments).</summary>
    public static async Task RunServiceAsync<TContext>(this WebApplication app, string[] args)
        where TContext : DbContext
    {
        if (args.Contains("migrate"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseExtensions));
            await scope.ServiceProvider.GetRequiredService<TContext>().MigrateAsync(recreateUnknownHistory: false, logger, CancellationToken.None);
            return;
        }

        await app.RunAsync();
    }
}
