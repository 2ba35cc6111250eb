using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Security;

namespace Platform.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's context on the Aspire-provided connection string (health check, retries, tracing),
    /// with snake_case names. With <c>Database:MigrateOnStartup</c> (set by the AppHost for local runs) migrations
    /// are applied before the server listens; elsewhere they are applied by running the service with <c>migrate</c>.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : ServiceDbContext
    {
        builder.Services.AddHttpContextAccessor();
        var audit = new AuditInterceptor(connectionName.EndsWith("db", StringComparison.Ordinal) ? connectionName[..^2] : connectionName,
            new HttpContextAccessor());
        // Aspire's default retries a failed command six times with delays up to 30 s: a request would hang for a
        // minute while the database is down. Three quick retries ride out a blip; an outage answers 503 in seconds.
        builder.AddNpgsqlDbContext<TContext>(connectionName, settings => settings.DisableRetry = true, options => options
            .UseNpgsql(npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(audit));

        if (builder.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        }

        return builder;
    }

    /// <summary>Runs the service, or with the argument <c>migrate</c> applies its migrations and exits (for deployments).</summary>
    public static async Task RunServiceAsync<TContext>(this Microsoft.AspNetCore.Builder.WebApplication app, string[] args)
        where TContext : ServiceDbContext
    {
        if (args.Contains("migrate"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync();
            return;
        }

        await app.RunAsync();
    }
}
