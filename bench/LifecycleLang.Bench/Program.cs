using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LifecycleLang.Bench;

// Usage: dotnet run -c Release --project bench/LifecycleLang.Bench -- [--filter *Check*]
//        dotnet run -c Release --project bench/LifecycleLang.Bench -- generate DIR [LINES]   (write the workspace to disk)
if (args is ["generate", var directory, ..])
{
    var lines = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : CheckBenchmarks.WorkspaceLines;
    Directory.CreateDirectory(directory);
    foreach (var (path, text) in WorkspaceGenerator.Generate(lines))
    {
        File.WriteAllText(Path.Combine(directory, path), text);
    }

    return;
}

// In-process: BenchmarkDotNet's out-of-process rebuild moves obj/ to an absolute path that
// Antlr4BuildTasks cannot handle, and in-process measurement is what the CLI does anyway.
if (args is ["quick-check", ..])
{
    var files = WorkspaceGenerator.Generate(CheckBenchmarks.WorkspaceLines);
    var lines = files.Sum(f => WorkspaceGenerator.CountLines(f.Text));
    for (var round = 0; round < 5; round++)
    {
        // CPU time of this thread, not wall time: the figure stays meaningful on a loaded machine.
        var start = CpuTime();
        var watch = new Elapsed(start);
        var trees = files.Select(f => LifecycleLang.Syntax.SyntaxTree.Parse(new LifecycleLang.Syntax.Text.SourceText(f.Text, f.Path))).ToList();
        var parse = watch.Milliseconds;
        var compilation = LifecycleLang.Semantics.Compilation.Create(trees);
        var count = compilation.GetDiagnostics().Length;
        var total = watch.Milliseconds;
        Console.WriteLine($"cpu: parse {parse:N0} ms ({lines / parse * 1000:N0} lines/s), bind+check {total - parse:N0} ms, total {lines / total * 1000:N0} lines/s, {count} diagnostics");
    }

    return;
}

if (args is ["quick-simulate", ..])
{
    // A single timed run without BenchmarkDotNet, for a quick look while developing.
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var workspace = SimulatorBenchmarks.Compile("p2-warm-leads");
    var input = SimulationInputs.WarmLeads(SimulatorBenchmarks.Contacts);
    Console.WriteLine($"setup {watch.ElapsedMilliseconds} ms");
    watch.Restart();
    var batch = new LifecycleLang.Runtime.InputReader(new LifecycleLang.Runtime.CompiledWorkspace(workspace)).Read(input);
    Console.WriteLine($"read {batch.Records.Count} records in {watch.ElapsedMilliseconds} ms");
    watch.Restart();
    var result = new LifecycleLang.Runtime.Simulator(workspace).Run(input, TextWriter.Null);
    Console.WriteLine($"{SimulatorBenchmarks.InputLines} lines in {watch.ElapsedMilliseconds} ms = {SimulatorBenchmarks.InputLines / watch.Elapsed.TotalSeconds:N0} lines/s; entered {result.Counters.Journeys.Values.Sum(j => j.Entered)}");
    return;
}

var config = DefaultConfig.Instance
    .AddColumn(new LinesPerSecondColumn())
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args, config);

static TimeSpan CpuTime() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

/// <summary>Processor time elapsed since a start point (for quick measurements on a shared machine).</summary>
internal sealed class Elapsed(TimeSpan start)
{
    public double Milliseconds => (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds;
}
