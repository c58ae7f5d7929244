using System.Reflection.Metadata;
using LifecycleLang.Hosting;

namespace LifecycleLang.Emit.Tests;

public sealed class EmitterTests
{
    private static readonly string BaselineFolder = Path.Combine(Baseline.SourceDirectory(), "Baselines");

    private static string Workspace(string name) => Path.Combine(RepoPaths.Acceptance, name, "workspace");

    [Theory]
    [InlineData("p1-trial")]
    [InlineData("p2-warm-leads")]
    [InlineData("p3-winback")]
    public void Generated_csharp_matches_its_baseline(string name)
    {
        var folder = Workspace(name);
        var result = CompiledWorkspace.Build(CompiledWorkspace.Check(folder), folder);
        Baseline.AssertMatches(Path.Combine(BaselineFolder, name + ".g.cs.txt"), result.CSharp);
    }

    [Fact]
    public void A_workspace_using_every_construct_compiles_without_warnings_and_loads()
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "LifecycleLang.Semantics.Tests", "Baselines", "valid-everything");
        var compilation = CompiledWorkspace.Check(folder);

        // Roslyn reports warnings as errors for generated code, so success means warning-free.
        var definition = CompiledWorkspace.Load(compilation, folder);

        Assert.Equal(compilation.GetSemanticModel().Journeys.Length, definition.Journeys.Count);
        _ = new Runtime.CompiledWorkspace(definition); // the runtime accepts it (ids, references, templates)
    }

    [Fact]
    public void Building_twice_gives_identical_bytes()
    {
        var folder = Workspace("p3-winback");
        var first = CompiledWorkspace.Build(CompiledWorkspace.Check(folder), folder);
        var second = CompiledWorkspace.Build(CompiledWorkspace.Check(folder), folder);

        Assert.Equal(first.Assembly, second.Assembly);
        Assert.Equal(first.Pdb, second.Pdb);
    }

    [Fact]
    public void The_pdb_maps_sequence_points_to_journey_lines()
    {
        var folder = Workspace("p1-trial");
        var result = CompiledWorkspace.Build(CompiledWorkspace.Check(folder), folder);

        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(result.Pdb!));
        var reader = provider.GetMetadataReader();
        var documents = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToList();
        Assert.Contains("trial.journey", documents);

        var journeyLines = new List<int>();
        foreach (var handle in reader.MethodDebugInformation)
        {
            foreach (var point in reader.GetMethodDebugInformation(handle).GetSequencePoints())
            {
                if (!point.IsHidden && reader.GetString(reader.GetDocument(point.Document).Name) == "trial.journey")
                {
                    journeyLines.Add(point.StartLine);
                }
            }
        }

        // `if contact.plan == Pro` is line 27 of trial.journey: its condition lambda is debuggable there.
        Assert.Contains(27, journeyLines);
    }

    [Fact]
    public void A_roslyn_error_is_reported_at_the_journey_line()
    {
        var folder = Workspace("p1-trial");
        var good = CompiledWorkspace.Build(CompiledWorkspace.Check(folder), folder);
        var broken = good.CSharp.Replace("new SendStep(Channel.Email, \"day0\")", "new SendStep(Channel.Emial, \"day0\")", StringComparison.Ordinal);

        var result = JourneyEmitter.Compile(broken, new EmitOptions("Broken", RuntimeReferences.All, folder));

        var error = Assert.Single(result.Errors);
        Assert.Equal("trial.journey", error.Path);
        Assert.Equal(23, error.Line);
    }

    [Fact]
    public void The_same_inputs_always_give_the_same_trace()
    {
        var folder = Path.Combine(RepoPaths.Acceptance, "p3-winback");
        var definition = CompiledWorkspace.Load(CompiledWorkspace.Check(Path.Combine(folder, "workspace")));
        var events = File.ReadAllText(Path.Combine(folder, "events.jsonl"));

        var first = CompiledWorkspace.Simulate(definition, events);
        var second = CompiledWorkspace.Simulate(CompiledWorkspace.Load(CompiledWorkspace.Check(Path.Combine(folder, "workspace"))), events);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }
}
