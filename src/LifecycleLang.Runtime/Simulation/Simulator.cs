using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// The simulator host (<c>lifecycle simulate</c>): a virtual clock, inputs from JSON Lines, the trace
/// out. Unreadable lines are traced first; then readable lines in order of <c>at</c>, each preceded by
/// the timers due by then; then the remaining timers — up to <c>--until</c>, or else up to 366 days
/// after the last input (saying so on the diagnostics writer if timers are left).
/// </summary>
public sealed class Simulator(CompiledWorkspace workspace)
{
    public static readonly Duration Horizon = Duration.FromDays(366);

    /// <summary>How many inputs pass between two progress reports.</summary>
    public const int ProgressInterval = 16_384;

    public Simulator(WorkspaceDef definition) : this(new CompiledWorkspace(definition)) { }

    public CompiledWorkspace Workspace { get; } = workspace;

    /// <summary>Runs the inputs, writing the trace as JSON Lines to <paramref name="trace"/>
    /// (<see cref="TextWriter.Null"/>: the trace is not built at all).</summary>
    public SimulationResult Run(string inputText, TextWriter trace, SimulationOptions? options = null) =>
        Run(inputText, ReferenceEquals(trace, TextWriter.Null) ? NullTraceSink.Instance : new JsonLinesTraceWriter(trace), options);

    public SimulationResult RunFile(string inputPath, TextWriter trace, SimulationOptions? options = null) =>
        Run(File.ReadAllText(inputPath), trace, options);

    public SimulationResult Run(string inputText, ITraceSink trace, SimulationOptions? options = null)
    {
        options ??= new SimulationOptions();
        var channels = options.Channels ?? new RecordingChannelSink();
        var log = new TextWriterLog(options.Diagnostics ?? TextWriter.Null);
        var engine = new Engine(Workspace, new EngineOptions
        {
            Store = options.Store ?? new InMemoryStateStore(),
            Trace = trace,
            Channels = channels,
            Log = log,
        });
        var batch = new InputReader(Workspace).Read(inputText);
        var progress = options.Progress;
        progress?.Report(new SimulationProgress(SimulationPhase.Read, 0, batch.Records.Count, null));
        foreach (var line in batch.Unreadable)
        {
            engine.RejectUnreadable(line);
        }
        Instant? last = null;
        var clock = new VirtualClock(Instant.MinValue);
        var records = batch.Records;
        var done = 0;
        for (; done < records.Count; done++)
        {
            var record = records[done];
            if (options.Until is { } until && record.At > until)
            {
                break;
            }
            if (progress is not null && done % ProgressInterval == 0)
            {
                progress.Report(new SimulationProgress(SimulationPhase.Inputs, done, records.Count, record.At));
            }
            clock.Set(record.At);
            engine.Process(record); // fires the timers due by then first
            last = record.At;
        }
        var stoppedAtHorizon = false;
        if (options.Until is { } u)
        {
            clock.Set(u);
            Drain(engine, clock, done, records.Count, progress);
        }
        else if (records.Count > 0)
        {
            clock.Set(records[^1].At + Horizon);
            Drain(engine, clock, done, records.Count, progress);
            if (engine.NextTimerDue is { } next)
            {
                stoppedAtHorizon = true;
                log.Info(
                    $"simulate: stopped 366 days after the last input, at {Rfc3339.Format(clock.Now)}, with {engine.PendingTimers} timer(s) still pending " +
                    $"(the next at {Rfc3339.Format(next)}); journeys may be re-entering one another forever — use --until to choose an end");
            }
        }
        progress?.Report(new SimulationProgress(SimulationPhase.Finished, done, records.Count, clock.Now));
        var sends = channels is RecordingChannelSink recording ? recording.Messages : (IReadOnlyList<OutboundMessage>)[];
        return new SimulationResult(engine.Counters, sends, stoppedAtHorizon, engine.PendingTimers, last);
    }

    // Fires the remaining timers up to the clock's time. With a reporter, a virtual day at a time: the
    // same timers fire in the same order, because AdvanceTo(a) then AdvanceTo(b) takes the queue's
    // minimum at every step exactly as AdvanceTo(b) alone does.
    private static void Drain(Engine engine, VirtualClock clock, long done, long total, IProgress<SimulationProgress>? progress)
    {
        var end = clock.Now;
        if (progress is null)
        {
            engine.AdvanceTo(end);
            return;
        }
        while (engine.NextTimerDue is { } next && next <= end)
        {
            progress.Report(new SimulationProgress(SimulationPhase.Timers, done, total, next));
            var step = next + Duration.FromDays(1);
            engine.AdvanceTo(step < end ? step : end);
        }
    }
}
