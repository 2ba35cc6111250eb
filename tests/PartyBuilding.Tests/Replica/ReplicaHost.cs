using System.Collections.Concurrent;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Data;
using Platform.Messaging;
using Platform.RegionReplica;
using Platform.Security;
using Platform.Testing;

namespace Platform.PartyBuilding.Tests.Replica;

/// <summary>A service's database with the region replica, as any service that validates community codes has.</summary>
public sealed class ReplicaTestDb(DbContextOptions<ReplicaTestDb> options) : DbContext(options), IRegionReplicaContext
{
    public DbSet<ReplicatedRegion> ReplicatedRegions => Set<ReplicatedRegion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddRegionReplica();
    }
}

/// <summary>
/// A second service host on the same PostgreSQL and RabbitMQ that keeps a region replica, composed from the building
/// blocks the way every service that keeps one composes them, and that counts deliveries.
/// </summary>
public sealed class ReplicaHost : IAsyncDisposable
{
    public const string ServiceName = "replicatest";
    private readonly WebApplication _app;

    private ReplicaHost(WebApplication app)
    {
        _app = app;
    }

    public IServiceProvider Services => _app.Services;

    /// <summary>How many times each message id reached a consumer.</summary>
    public ConcurrentDictionary<Guid, int> Deliveries { get; } = new();

    public static async Task<ReplicaHost> StartAsync(LocalServers servers)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration[$"ConnectionStrings:{ServiceName}db"] = servers.PostgresConnectionString($"{ServiceName}_tests");
        builder.Configuration["ConnectionStrings:messaging"] = servers.RabbitMqConnectionString;
        // Every service validates tokens for the platform's public address; this host is given one, though no token comes.
        builder.Configuration[TestIdentity.PublicOriginKey] = TestIdentity.ReservedGatewayOrigin();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<ReplicaTestDb>(ServiceName);
        builder.AddPlatformMessaging<ReplicaTestDb>(ServiceName, bus => bus.AddRegionReplica<ReplicaTestDb>(ServiceName));
        builder.AddPlatformSecurity<ReplicaTestDb>(ServiceName);
        builder.AddRegionDirectory<ReplicaTestDb>();
        // StartAsync returns once the bus has connected to the broker, not before.
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReplicaTestDb>().Database.EnsureCreatedAsync();
        }

        var host = new ReplicaHost(app);
        var bus = app.Services.GetRequiredService<IBus>();
        bus.ConnectConsumeObserver(new DeliveryCounter(host.Deliveries));
        var queue = new QueueReady($"{ServiceName}-region-replica");
        bus.ConnectReceiveEndpointObserver(queue);
        await app.StartAsync();
        // StartAsync waits for the broker connection only; the queue is bound to the events' exchanges when its endpoint
        // is ready, and an event published before that reaches no queue at all.
        await queue.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    public async Task<T> InDbAsync<T>(Func<ReplicaTestDb, RegionDirectory, Task<T>> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReplicaTestDb>(), scope.ServiceProvider.GetRequiredService<RegionDirectory>());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class QueueReady(string queue) : IReceiveEndpointObserver
    {
        private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Ready => _ready.Task;

        Task IReceiveEndpointObserver.Ready(ReceiveEndpointReady ready)
        {
            if (ready.InputAddress.AbsolutePath.EndsWith($"/{queue}", StringComparison.Ordinal))
            {
                _ready.TrySetResult();
            }

            return Task.CompletedTask;
        }

        public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

        public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

        public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
    }

    private sealed class DeliveryCounter(ConcurrentDictionary<Guid, int> deliveries) : IConsumeObserver
    {
        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            deliveries.AddOrUpdate(context.MessageId!.Value, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
