using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>Options of a simulation: <c>--until</c>, where operator messages go (stderr), and the channel sink.</summary>
public sealed record SimulationOptions
{
    /// <summary>Process inputs and timers with a time ≤ Until and leave the rest pending.</summary>
    public Instant? Until { get; init; }

    public TextWriter? Diagnostics { get; init; }

    public IChannelSink? Channels { get; init; }

    /// <summary>
    /// Receives progress reports (every <see cref="Simulator.ProgressInterval"/> inputs and once a
    /// virtual day while timers drain). Called on the simulating thread; results never depend on it.
    /// </summary>
    public IProgress<SimulationProgress>? Progress { get; init; }

    /// <summary>The state store (default: a fresh in-memory store).</summary>
    public IStateStore? Store { get; init; }
}
