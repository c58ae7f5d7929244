using LifecycleLang.Service.Delivery;
using LifecycleLang.Service.Http;
using LifecycleLang.Service.Outbox;
using LifecycleLang.Service.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LifecycleLang.Service;

/// <summary>
/// Assembles the service: opens the store (checking the workspace version first, so a mismatch stops
/// it before it listens), builds the engine from the store, and hosts the HTTP API, the timer loop
/// and the delivery worker on Kestrel.
/// </summary>
public sealed class LifecycleServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SqlStateStore _store;

    private LifecycleServer(WebApplication app, SqlStateStore store, JourneyService journeys, string? migrationNote)
    {
        _app = app;
        _store = store;
        Journeys = journeys;
        MigrationNote = migrationNote;
    }

    public JourneyService Journeys { get; }

    /// <summary>Set when the store was migrated from another workspace version on this start.</summary>
    public string? MigrationNote { get; }

    /// <summary>The addresses Kestrel listens on (ports resolved), after <see cref="StartAsync"/>.</summary>
    public IReadOnlyList<string> Addresses =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    /// <exception cref="StoreVersionException">The store belongs to another workspace version and migration was not asked for.</exception>
    public static LifecycleServer Create(ServiceConfiguration config)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "lifecycle", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(config.Urls);
        builder.Logging.ClearProviders();
        if (config.LogOut is { } logOut)
        {
            builder.Logging.AddProvider(new TextWriterLoggerProvider(logOut));
        }
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));

        var dialect = SqlDialect.For(config.Store);
        var store = new SqlStateStore(dialect, config.Version);
        string? note;
        try
        {
            note = StoreVersionCheck.Apply(store, config.Workspace.Definition, config.Version, config.Migrate, config.Store.Describe());
        }
        catch
        {
            store.Dispose();
            throw;
        }
        var outbox = new SqlOutboxStore(dialect);
        builder.Services.AddSingleton<IOutboxStore>(outbox);
        builder.Services.AddSingleton(sp => new JourneyService(config.Workspace, store, config.Clock, config.Settings,
            new LoggerRuntimeLog(sp.GetRequiredService<ILoggerFactory>().CreateLogger("LifecycleLang.Service")), config.TraceOut));
        builder.Services.AddSingleton(sp =>
        {
            var loggers = sp.GetRequiredService<ILoggerFactory>();
            return new DeliveryWorker(outbox, Adapters(config, loggers), config.Clock, config.Retry, loggers.CreateLogger("LifecycleLang.Service.Delivery"));
        });
        builder.Services.AddHostedService(sp => new TimerLoop(sp.GetRequiredService<JourneyService>(), config.TimerInterval,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("LifecycleLang.Service.Timers")));
        builder.Services.AddHostedService(sp => new DeliveryLoop(sp.GetRequiredService<DeliveryWorker>(), config.DeliveryInterval,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("LifecycleLang.Service.Delivery")));
        var app = builder.Build();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LifecycleLang.Service");
        // Built now, not at the first request: the engine reads the whole store and indexes its timers.
        var journeys = app.Services.GetRequiredService<JourneyService>();

        ServiceEndpoints.Map(app, journeys, outbox, config.Version, config.Store.Describe());
        if (note is not null)
        {
            log.LogWarning("{Note}", note);
        }
        return new LifecycleServer(app, store, journeys, note);
    }

    public Task StartAsync(CancellationToken cancellation = default) => _app.StartAsync(cancellation);

    /// <summary>Runs until Ctrl+C / SIGTERM (or <paramref name="cancellation"/>), then stops cleanly.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation = default) => _app.WaitForShutdownAsync(cancellation);

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        _store.Dispose();
    }

    private static List<IChannelAdapter> Adapters(ServiceConfiguration config, ILoggerFactory loggers)
    {
        var log = loggers.CreateLogger("LifecycleLang.Service.Delivery");
        var adapters = new Dictionary<string, IChannelAdapter>(StringComparer.Ordinal)
        {
            ["email"] = config.Smtp is { } smtp
                ? new SmtpEmailAdapter(smtp)
                : new ProviderChannelAdapter("email", new LoggingMessageProvider(log, "email")),
            ["webhook"] = new WebhookAdapter(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }),
            ["sms"] = new ProviderChannelAdapter("sms", new LoggingMessageProvider(log, "sms")),
            ["push"] = new ProviderChannelAdapter("push", new LoggingMessageProvider(log, "push")),
        };
        foreach (var adapter in config.Adapters)
        {
            adapters[adapter.Channel] = adapter;
        }
        return adapters.Values.ToList();
    }
}
