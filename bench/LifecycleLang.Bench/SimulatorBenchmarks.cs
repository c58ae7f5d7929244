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
        var folder = Path.Combine(BenchPaths.Acceptance, acceptanceCase, "workspace");
        var compilation = Compilation.Create(WorkspaceFiles.Find([folder]).Select(f => SyntaxTree.Parse(WorkspaceFiles.Read(f))));
        var result = WorkspaceBuilder.Build(compilation, folder);
        return result.Success
            ? JourneyAssemblyLoader.Load(result.Assembly!, result.Pdb)
            : throw new InvalidOperationException(string.Join("\n", result.Errors));
    }
}
