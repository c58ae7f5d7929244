using LifecycleLang.Runtime;
using LifecycleLang.Service.Delivery;
using LifecycleLang.Service.Storage;

namespace LifecycleLang.Service;

/// <summary>Everything <see cref="LifecycleServer"/> needs; tests replace the clock, the adapters and the intervals.</summary>
public sealed record ServiceConfiguration
{
    public required CompiledWorkspace Workspace { get; init; }

    /// <summary><see cref="WorkspaceVersion.Of"/> of the journey assembly.</summary>
    public required string Version { get; init; }

    public StoreLocation Store { get; init; } = StoreLocation.Default;

    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Continue on a store written by another workspace version (instances keep their step ids).</summary>
    public bool Migrate { get; init; }

    /// <summary>The SMTP relay for email; without one, emails are logged (like sms and push) and not sent.</summary>
    public SmtpSettings? Smtp { get; init; }

    public IClock Clock { get; init; } = new SystemClockAdapter();

    public ServiceSettings Settings { get; init; } = ServiceSettings.Default;

    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <summary>Replaces the default adapters (by channel name) — for tests and custom providers.</summary>
    public IReadOnlyList<IChannelAdapter> Adapters { get; init; } = [];

    /// <summary>Committed trace lines as JSON Lines (stdout for <c>lifecycle run</c>).</summary>
    public TextWriter? TraceOut { get; init; }

    /// <summary>Where logs go (stderr for <c>lifecycle run</c>); null keeps logging off.</summary>
    public TextWriter? LogOut { get; init; }

    public TimeSpan TimerInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan DeliveryInterval { get; init; } = TimeSpan.FromSeconds(1);
}
