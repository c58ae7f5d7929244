using BenchmarkDotNet.Attributes;
using LifecycleLang.Hosting;
using LifecycleLang.Runtime;
using LifecycleLang.Semantics;
using LifecycleLang.Syntax;

namespace LifecycleLang.Bench;

/// <summary>
/// Simulated input lines per second on one core: 100,000 contacts × 10 inputs through the acceptance
/// journeys (compiled with Roslyn exactly as `lifecycle simulate` does), trace discarded.
/// </summary>
[MemoryDiagnoser]
public class SimulatorBenchmarks
{
    public const int Contacts = 100_000;

    private WorkspaceDef _trial = null!;
    private WorkspaceDef _warmLeads = null!;
    private string _trialInput = "";
    private string _warmLeadsInput = "";

    public static int InputLines => Contacts * 10;

    [GlobalSetup]
    public void Setup()
    {
        _trial = Compile("p1-trial");
        _warmLeads = Compile("p2-warm-leads");
        _trialInput = SimulationInputs.Trial(Contacts);
        _warmLeadsInput = SimulationInputs.WarmLeads(Contacts);
    }

    [Benchmark(Description = "simulate Trial 100k×10")]
    public long Trial() => Run(_trial, _trialInput);

    [Benchmark(Description = "simulate WarmLeads 100k×10")]
    public long WarmLeads() => Run(_warmLeads, _warmLeadsInput);

    private static long Run(WorkspaceDef workspace, string input) =>
        new Simulator(workspace).Run(input, TextWriter.Null).Counters.Journeys.Values.Sum(j => j.Entered);

    public static WorkspaceDef Compile(string acceptanceCase)
    {
        // LL_BENCH_CACHE=DIR keeps the built assemblies there, so instruction counts (valgrind) and
        // profiles of the development modes are not dominated by Roslyn.
        var cache = Environment.GetEnvironmentVariable("LL_BENCH_CACHE");
        var cached = cache is null ? null : Path.Combine(cache, acceptanceCase + ".dll");
        if (cached is not null && File.Exists(cached))
        {
            return JourneyAssemblyLoader.Load(File.ReadAllBytes(cached));
        }

        var folder = Path.Combine(BenchPaths.Acceptance, acceptanceCase, "workspace");
        var compilation = Compilation.Create(WorkspaceFiles.Find([folder]).Select(f => SyntaxTree.Parse(WorkspaceFiles.Read(f))));
        var result = WorkspaceBuilder.Build(compilation, folder);
        if (cached is not null && result.Success)
        {
            Directory.CreateDirectory(cache!);
            File.WriteAllBytes(cached, result.Assembly!);
        }

        return result.Success
            ? JourneyAssemblyLoader.Load(result.Assembly!, result.Pdb)
            : throw new InvalidOperationException(string.Join("\n", result.Errors));
    }
}
