using System.Diagnostics;
using System.Globalization;
using LifecycleLang.Hosting;
using LifecycleLang.Runtime;
using LifecycleLang.Semantics;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Bench;

/// <summary>
/// Development modes of the benchmark program (no BenchmarkDotNet): a timed run with CPU time and
/// allocations, and full traces for checking that an optimisation keeps the output byte for byte.
/// </summary>
public static class DevModes
{
    /// <summary><c>measure trial|warm [contacts] [runs]</c>: reading and simulating, timed separately.</summary>
    public static void Measure(string journey, int contacts, int runs)
    {
        var workspace = SimulatorBenchmarks.Compile(journey == "trial" ? "p1-trial" : "p2-warm-leads");
        var input = journey == "trial" ? SimulationInputs.Trial(contacts) : SimulationInputs.WarmLeads(contacts);
        var lines = contacts * 10;
        var compiled = new CompiledWorkspace(workspace);
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            var (readWall, readCpu, readBytes, _) = Timed(() => new InputReader(compiled).Read(input).Records.Count);
            GC.Collect();
            var gen0 = GC.CollectionCount(0);
            var gen2 = GC.CollectionCount(2);
            var (wall, cpu, bytes, entered) = Timed(() => new Simulator(compiled).Run(input, TextWriter.Null).Counters.Journeys.Values.Sum(j => j.Entered));
            var batch = new InputReader(compiled).Read(input);
            GC.Collect();
            var pause = GC.GetTotalPauseDuration();
            var (engineWall, engineCpu, engineBytes, _) = Timed(() => RunEngine(compiled, batch));
            pause = GC.GetTotalPauseDuration() - pause;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{journey} engine only: {engineWall:N0} ms wall / {engineCpu:N0} ms cpu / {engineBytes / lines:N0} B/line = {lines / (engineCpu / 1000.0):N0} lines/s cpu, {lines / (engineWall / 1000.0):N0} lines/s wall; GC pauses {pause.TotalMilliseconds:N0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{journey} {lines:N0} lines: read {readWall:N0} ms wall / {readCpu:N0} ms cpu / {readBytes / lines:N0} B/line; " +
                $"simulate {wall:N0} ms wall / {cpu:N0} ms cpu / {bytes / lines:N0} B/line = {lines / (cpu / 1000.0):N0} lines/s cpu, {lines / (wall / 1000.0):N0} lines/s wall; " +
                $"gen0 {GC.CollectionCount(0) - gen0} gen2 {GC.CollectionCount(2) - gen2}; entered {entered}"));
        }
    }

    /// <summary>
    /// <c>compare-workflowcore [contacts...]</c>: the Trial journey on the same input records (read
    /// once, untimed) through our engine and through WorkflowCore; events/s of each and the ratio.
    /// </summary>
    public static void CompareWorkflowCore(IReadOnlyList<int> counts)
    {
        var workspace = new CompiledWorkspace(SimulatorBenchmarks.Compile("p1-trial"));
        // Warm-up: JIT both paths once on a small input.
        var warm = new InputReader(workspace).Read(SimulationInputs.Trial(200));
        RunEngine(workspace, warm);
        new WorkflowCoreTrial().RunAsync(warm.Records).GetAwaiter().GetResult();
        Console.WriteLine("contacts  lines  | ours: wall ms, cpu ms, lines/s (wall) | WorkflowCore: wall ms, cpu ms, lines/s (wall) | ratio wall, ratio cpu | checks");
        foreach (var contacts in counts)
        {
            var batch = new InputReader(workspace).Read(SimulationInputs.Trial(contacts));
            var lines = batch.Records.Count;
            GC.Collect();
            Engine? engine = null;
            var (oursWall, oursCpu, _, _) = Timed(() =>
            {
                engine = new Engine(workspace, new EngineOptions { Trace = NullTraceSink.Instance });
                foreach (var record in batch.Records)
                {
                    engine.Process(record);
                }
                engine.AdvanceTo(batch.Records[^1].At + Simulator.Horizon);
                return 0;
            });
            var ours = engine!.Counters.Journeys["Trial"];
            GC.Collect();
            var harness = new WorkflowCoreTrial();
            var (wfWall, wfCpu, _, _) = Timed(() =>
            {
                harness.RunAsync(batch.Records).GetAwaiter().GetResult();
                return 0;
            });
            var day0 = harness.Sends.Count(s => s.Template == "day0");
            var checks = ours.Entered == harness.Started && ours.Goals == harness.Goals && ours.Steps["1"].Sent == day0
                && harness.Completed == harness.Started && harness.Sends.Count == day0 + harness.Sends.Count(s => s.Template != "day0")
                ? "same entries, goals, sends"
                : $"DIFFERENT: ours entered {ours.Entered} goals {ours.Goals} day0 {ours.Steps["1"].Sent}; WorkflowCore started {harness.Started} completed {harness.Completed} goals {harness.Goals} day0 {day0}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{contacts,8:N0} {lines,9:N0} | {oursWall,8:N0} {oursCpu,8:N0} {lines / (oursWall / 1000.0),10:N0} | {wfWall,8:N0} {wfCpu,8:N0} {lines / (wfWall / 1000.0),10:N0} | {wfWall / oursWall,6:N0}x {wfCpu / oursCpu,6:N0}x | {checks}"));
        }
    }

    /// <summary>
    /// <c>check-workflowcore</c>: a small mixed input (some contacts never upgrade, so the 3-day
    /// timeout fires; some are on the Pro plan) through both engines; the sends per template must agree.
    /// </summary>
    public static void CheckWorkflowCore()
    {
        var workspace = new CompiledWorkspace(SimulatorBenchmarks.Compile("p1-trial"));
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 12; i++)
        {
            var day = 1 + i % 4;
            var plan = i % 2 == 0 ? "Pro" : "Free";
            text.Append(CultureInfo.InvariantCulture, $"{{\"at\":\"2026-03-0{day}T08:00:00Z\",\"contact\":\"m{i}\",\"profile\":{{\"email\":\"m{i}@example.com\",\"plan\":\"{plan}\"}}}}\n");
            text.Append(CultureInfo.InvariantCulture, $"{{\"at\":\"2026-03-0{day}T09:00:00Z\",\"contact\":\"m{i}\",\"event\":\"trial_started\"}}\n");
            if (i % 3 != 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"{{\"at\":\"2026-03-0{day + 1}T09:00:00Z\",\"contact\":\"m{i}\",\"event\":\"upgraded\",\"data\":{{\"plan\":\"Pro\"}}}}\n");
            }
        }
        var batch = new InputReader(workspace).Read(text.ToString());
        var engine = new Engine(workspace, new EngineOptions { Trace = NullTraceSink.Instance });
        foreach (var record in batch.Records)
        {
            engine.Process(record);
        }
        engine.AdvanceTo(batch.Records[^1].At + Simulator.Horizon);
        var ours = engine.Counters.Journeys["Trial"].Steps;
        var harness = new WorkflowCoreTrial();
        harness.RunAsync(batch.Records).GetAwaiter().GetResult();
        foreach (var (template, step) in new[] { ("day0", "1"), ("day3", "2/else/1"), ("pro_thanks", "3/then/1") })
        {
            var theirs = harness.Sends.Count(s => s.Template == template);
            var mine = ours.GetValueOrDefault(step)?.Sent ?? 0;
            Console.WriteLine($"{template}: ours {mine}, WorkflowCore {theirs} {(mine == theirs ? "ok" : "DIFFERENT")}");
        }
        Console.WriteLine($"goals: ours {engine.Counters.Journeys["Trial"].Goals}, WorkflowCore {harness.Goals}");
    }

    /// <summary><c>allocations trial|warm [contacts]</c>: what the engine allocates, by type (sampled every ~100 KB by the runtime).</summary>
    public static void Allocations(string journey, int contacts)
    {
        var workspace = SimulatorBenchmarks.Compile(journey == "trial" ? "p1-trial" : "p2-warm-leads");
        var input = journey == "trial" ? SimulationInputs.Trial(contacts) : SimulationInputs.WarmLeads(contacts);
        var compiled = new CompiledWorkspace(workspace);
        var batch = new InputReader(compiled).Read(input);
        RunEngine(compiled, new InputReader(compiled).Read(SimulationInputs.Trial(100))); // JIT
        using var listener = new AllocationListener();
        var before = GC.GetAllocatedBytesForCurrentThread();
        RunEngine(compiled, batch);
        var total = GC.GetAllocatedBytesForCurrentThread() - before;
        listener.Dispose();
        var sampled = listener.ByType.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine allocated {total:N0} bytes = {total / (contacts * 10.0):N0} B/line"));
        foreach (var (type, bytes) in listener.ByType.OrderByDescending(t => t.Value).Take(40))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * bytes / sampled,6:F1}% {bytes * (double)total / sampled / (contacts * 10.0),7:F0} B/line  {type}"));
        }
    }

    private sealed class AllocationListener : System.Diagnostics.Tracing.EventListener
    {
        public Dictionary<string, long> ByType { get; } = [];

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (e.EventName is not null && e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) && e.PayloadNames is { } names)
            {
                var type = e.Payload![names.IndexOf("TypeName")] as string ?? "?";
                var amount = Convert.ToInt64(e.Payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
                lock (ByType)
                {
                    ByType[type] = ByType.GetValueOrDefault(type) + amount;
                }
            }
        }
    }

    /// <summary>What <see cref="Simulator"/> does after reading: every record through the engine, then the timers.</summary>
    public static long RunEngine(CompiledWorkspace workspace, InputBatch batch)
    {
        var engine = new Engine(workspace, new EngineOptions { Trace = NullTraceSink.Instance });
        foreach (var line in batch.Unreadable)
        {
            engine.RejectUnreadable(line);
        }

        foreach (var record in batch.Records)
        {
            engine.Process(record);
        }

        if (batch.Records.Count > 0)
        {
            engine.AdvanceTo(batch.Records[^1].At + Simulator.Horizon);
        }

        return engine.Counters.Journeys.Values.Sum(j => j.Entered);
    }

    /// <summary><c>trace WORKSPACE bench|fuzz|acceptance CONTACTS OUT</c>: writes the full trace (and the counters) to OUT.</summary>
    public static void Trace(string workspaceName, string inputs, int contacts, string output)
    {
        var workspace = Workspace(workspaceName);
        var input = inputs switch
        {
            "bench" => workspaceName == "p1-trial" ? SimulationInputs.Trial(contacts) : SimulationInputs.WarmLeads(contacts),
            "acceptance" => File.ReadAllText(Path.Combine(BenchPaths.Acceptance, workspaceName, "events.jsonl")),
            _ => FuzzInputs.Generate(workspace, contacts, contacts * 12, seed: contacts),
        };
        using var writer = new StreamWriter(output) { NewLine = "\n" };
        var sends = new RecordingChannelSink();
        var result = new Simulator(workspace).Run(input, writer, new SimulationOptions { Diagnostics = writer, Channels = sends });
        writer.WriteLine($"# rejected {result.Counters.Rejected}; pending {result.PendingTimers}; horizon {result.StoppedAtHorizon}");
        foreach (var (name, j) in result.Counters.Journeys.OrderBy(j => j.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"# {name}: entered {j.Entered} holdout {j.HoldoutEntered} goals {j.Goals}/{j.HoldoutGoals} exited {string.Join(",", j.Exited.OrderBy(e => e.Key, StringComparer.Ordinal))}");
            foreach (var (id, s) in j.Steps.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                writer.WriteLine($"#   {id}: reached {s.Reached} sent {s.Sent} held {s.Held} suppressed {string.Join(",", s.Suppressed.OrderBy(e => e.Key, StringComparer.Ordinal))}");
            }
        }

        foreach (var m in sends.Messages)
        {
            writer.WriteLine($"# send {m.IdempotencyKey} {m.Address} {m.Method} {string.Join("|", m.Parts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}");
        }
    }

    /// <summary>An acceptance workspace by folder name, or <c>generated</c>: the check benchmark's
    /// schema (quiet hours, caps, a funnel with an SLA, decay, fit rules) with two journey modules.</summary>
    public static WorkspaceDef Workspace(string name)
    {
        if (name != "generated")
        {
            return SimulatorBenchmarks.Compile(name);
        }

        var files = WorkspaceGenerator.Generate(100);
        var compilation = Compilation.Create(files.Select(f => SyntaxTree.Parse(new SourceText(f.Text, f.Path))));
        var result = WorkspaceBuilder.Build(compilation, Path.GetTempPath());
        return result.Success
            ? JourneyAssemblyLoader.Load(result.Assembly!, result.Pdb)
            : throw new InvalidOperationException(string.Join("\n", result.Errors));
    }

    private static (double WallMs, double CpuMs, long Bytes, long Result) Timed(Func<long> action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = action();
        watch.Stop();
        process.Refresh();
        return (watch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - bytes, result);
    }
}
