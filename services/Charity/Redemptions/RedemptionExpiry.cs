using Microsoft.Extensions.Options;

namespace Platform.Charity.Redemptions;

/// <summary>Every <see cref="RedemptionOptions.SweepEvery"/>, releases the reservations whose answer is overdue, one transaction each.</summary>
public sealed class RedemptionExpiry(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RedemptionOptions> options, ILogger<RedemptionExpiry> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepEvery, clock);
        do
        {
            try
            {
                var expired = await ExpireDueAsync(scopes, clock.GetUtcNow(), stoppingToken);
                if (expired > 0)
                {
                    logger.LogInformation("Released {Count} expired redemption reservations", expired);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next sweep tries again; a broken database must not stop the job for good.
                logger.LogError(e, "Expiring redemption reservations failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Releases every reservation due at <paramref name="now"/>; returns how many.</summary>
    public static async Task<int> ExpireDueAsync(IServiceScopeFactory scopes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CharityDb>();
            var saga = scope.ServiceProvider.GetRequiredService<RedemptionSaga>();
            if (!await db.InTransactionAsync(async ct =>
                {
                    var expired = await saga.ExpireOneAsync(now, ct);
                    await db.SaveChangesAsync(ct);
                    return expired;
                }, cancellationToken))
            {
                return count;
            }

            count++;
        }
    }
}
