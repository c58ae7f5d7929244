using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// A progress report of a long simulation: the phase, inputs processed out of the total, and the
/// virtual clock. Reports come synchronously from the simulating thread, so a reporter must be cheap;
/// it decides itself how often to show anything.
/// </summary>
public sealed record SimulationProgress(SimulationPhase Phase, long Done, long Total, Instant? Now);
