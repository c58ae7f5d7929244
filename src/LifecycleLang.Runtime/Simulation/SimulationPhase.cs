namespace LifecycleLang.Runtime;

/// <summary>Where a simulation is, for progress reports.</summary>
public enum SimulationPhase
{
    /// <summary>The input lines have been read and sorted; <c>Total</c> is the number of readable lines.</summary>
    Read,

    /// <summary>Processing inputs (and the timers due before each).</summary>
    Inputs,

    /// <summary>After the last input: firing the remaining timers up to <c>--until</c> or the horizon.</summary>
    Timers,

    /// <summary>Done.</summary>
    Finished,
}
