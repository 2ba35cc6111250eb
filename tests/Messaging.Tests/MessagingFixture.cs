using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Data;
using Platform.Messaging;
using Platform.Testing;

[assembly: AssemblyFixture(typeof(Platform.Messaging.Tests.MessagingFixture))]

namespace Platform.Messaging.Tests;

/// <summary>A real PostgreSQL and RabbitMQ, and a host running the outbox relay, its listener and two consumers.</summary>
public sealed class MessagingFixture : IAsyncLifetime
{
    public const string ServiceName = "outbox-tests";
    public const string PillQueue = "outbox-tests-pill";

    private IHost? _host;

    public LocalServers Servers { get; private set; } = null!;
    public IServiceProvider Services => _host!.Services;
    public IBus Bus => Services.GetRequiredService<IBus>();

    public async ValueTask InitializeAsync()
    {
        Servers = await LocalServers.StartAsync();

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:testdb"] = Servers.PostgresConnectionString("outbox_tests"),
            ["ConnectionStrings:messaging"] = Servers.RabbitMqConnectionString,
            // Far beyond every test's deadline: an event relayed in time shows that its commit woke the relay.
            ["Outbox:PollInterval"] = "00:30:00",
        });
        builder.AddServiceDatabase<TestDb>("test");
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.AddPlatformMessaging<TestDb>(ServiceName, bus =>
        {
            bus.AddConsumer<NoteAddedConsumer>();
            bus.AddConsumer<PillConsumer>();
        });

        await using (var scope = builder.Services.BuildServiceProvider().CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDb>();
            await db.Database.EnsureCreatedAsync();
        }

        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task<T> InDbAsync<T>(Func<TestDb, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TestDb>());
    }

    public Task InDbAsync(Func<TestDb, Task> action) => InDbAsync(async db =>
    {
        await action(db);
        return true;
    });

    /// <summary>Stores a note and its event in one transaction, as a service's endpoint does.</summary>
    public Task<Guid> AddNoteAsync(string text) => InDbAsync(async db =>
    {
        var note = new Note { Id = Guid.CreateVersion7(), Text = text };
        db.Notes.Add(note);
        db.Publish(new NoteAdded(note.Id, text));
        await db.SaveChangesAsync();
        return note.Id;
    });

    /// <summary>The outbox rows of a note's events (found by the note id in their payload).</summary>
    public Task<List<OutboxMessage>> OutboxRowsOfAsync(Guid noteId) => InDbAsync(async db =>
        (await db.OutboxMessages.AsNoTracking().ToListAsync()).Where(m => m.Payload.Contains(noteId.ToString(), StringComparison.Ordinal)).ToList());

    public Task WaitForEffectAsync(Guid subject, string what) =>
        Eventually.UntilAsync(async () => await InDbAsync(db => db.EffectsOnAsync(subject)) > 0, TimeSpan.FromSeconds(60), what);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        await Servers.DisposeAsync();
    }
}
