using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LifecycleLang.Bench;

// Usage: dotnet run -c Release --project bench/LifecycleLang.Bench -- [--filter *Check*]
//        dotnet run -c Release --project bench/LifecycleLang.Bench -- generate DIR [LINES]   (write the workspace to disk)
//        dotnet run -c Release --project bench/LifecycleLang.Bench -- inputs trial|warm CONTACTS FILE   (write simulator inputs)
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

if (args is ["inputs", var kind, var contactCount, var file])
{
    // inputs trial|warm CONTACTS FILE: the benchmark's input lines, to time `lifecycle simulate` end to end.
    var contacts = int.Parse(contactCount, System.Globalization.CultureInfo.InvariantCulture);
    File.WriteAllText(file, kind == "trial" ? SimulationInputs.Trial(contacts) : SimulationInputs.WarmLeads(contacts));
    return;
}

// In-process: BenchmarkDotNet's out-of-process rebuild moves obj/ to an absolute path that
// Antlr4BuildTasks cannot handle, and in-process measurement is what the CLI does anyway.
if (args is ["quick-parse", ..])
{
    // Minimum over many rounds of wall time: robust enough on a shared machine to compare two builds.
    var files = WorkspaceGenerator.Generate(CheckBenchmarks.WorkspaceLines);
    var lines = files.Sum(f => WorkspaceGenerator.CountLines(f.Text));
    var best = double.MaxValue;
    for (var round = 0; round < 30; round++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (path, text) in files)
        {
            LifecycleLang.Syntax.SyntaxTree.Parse(new LifecycleLang.Syntax.Text.SourceText(text, path));
        }

        best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"parse: best {best:N1} ms = {lines / best * 1000:N0} lines/s");
    return;
}

if (args is ["quick-check", ..])
{
    // Minimum over many rounds of wall time for parse and for bind+check separately.
    var files = WorkspaceGenerator.Generate(CheckBenchmarks.WorkspaceLines);
    var lines = files.Sum(f => WorkspaceGenerator.CountLines(f.Text));
    double bestParse = double.MaxValue, bestCheck = double.MaxValue;
    for (var round = 0; round < 20; round++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var trees = files.Select(f => LifecycleLang.Syntax.SyntaxTree.Parse(new LifecycleLang.Syntax.Text.SourceText(f.Text, f.Path))).ToList();
        bestParse = Math.Min(bestParse, watch.Elapsed.TotalMilliseconds);
        watch.Restart();
        LifecycleLang.Semantics.Compilation.Create(trees).GetDiagnostics();
        bestCheck = Math.Min(bestCheck, watch.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"parse best {bestParse:N1} ms, bind+check best {bestCheck:N1} ms: {lines / (bestParse + bestCheck) * 1000:N0} lines/s; GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds / 20:N1} ms per round, gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}");
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

if (args is ["measure", var journey, ..])
{
    // measure trial|warm [contacts] [runs]: CPU time and allocations of reading and of simulating.
    DevModes.Measure(journey, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : SimulatorBenchmarks.Contacts,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1);
    return;
}

if (args is ["compare-workflowcore", ..])
{
    // compare-workflowcore [CONTACTS...]: the Trial journey through our engine and through WorkflowCore.
    var counts = args.Length > 1 ? args[1..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [1_000, 3_000, 10_000];
    DevModes.CompareWorkflowCore(counts);
    return;
}

if (args is ["check-workflowcore"])
{
    DevModes.CheckWorkflowCore();
    return;
}

if (args is ["allocations", var allocJourney, ..])
{
    DevModes.Allocations(allocJourney, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}

if (args is ["trace", var workspaceName, var inputs, var count, var output])
{
    // trace p1-trial|p2-warm-leads|p3-winback|generated bench|fuzz|acceptance CONTACTS OUT: the full trace, to diff before/after a change.
    DevModes.Trace(workspaceName, inputs, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), output);
    return;
}

var config = DefaultConfig.Instance
    .AddColumn(new LinesPerSecondColumn())
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args, config);
