using LifecycleLang.Emit;
using LifecycleLang.Hosting;
using LifecycleLang.Semantics;
using LifecycleLang.Syntax;

namespace LifecycleLang.Emit.Tests;

/// <summary>Checks, emits, compiles and loads a workspace folder or inline sources, failing loudly on any error.</summary>
internal static class CompiledWorkspace
{
    public static Compilation Check(string folder)
    {
        var files = WorkspaceFiles.Find([folder]);
        var compilation = Compilation.Create(files.Select(f => SyntaxTree.Parse(WorkspaceFiles.Read(f))));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.GetDiagnostics()));
        return compilation;
    }

    public static Compilation CheckSource(string source)
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(source, "test.journey")]);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.GetDiagnostics()));
        return compilation;
    }

    public static EmitResult Build(Compilation compilation, string root = "")
    {
        var result = WorkspaceBuilder.Build(compilation, root);
        Assert.True(result.Success, string.Join("\n", result.Errors) + "\n\n" + result.CSharp);
        return result;
    }

    public static Runtime.WorkspaceDef Load(Compilation compilation, string root = "")
    {
        var result = Build(compilation, root);
        return JourneyAssemblyLoader.Load(result.Assembly!, result.Pdb);
    }

    public static string Simulate(Runtime.WorkspaceDef workspace, string events)
    {
        using var trace = new StringWriter();
        new Runtime.Simulator(workspace).Run(events, trace);
        return trace.ToString();
    }
}
