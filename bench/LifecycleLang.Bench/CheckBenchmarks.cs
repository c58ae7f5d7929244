using BenchmarkDotNet.Attributes;
using LifecycleLang.Semantics;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Bench;

/// <summary>`lifecycle check` on a generated 10,000-line workspace: parse every file, then check the compilation.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    public const int WorkspaceLines = 10_000;

    private IReadOnlyList<(string Path, string Text)> _files = [];

    public static int Lines { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = WorkspaceGenerator.Generate(WorkspaceLines);
        Lines = _files.Sum(f => WorkspaceGenerator.CountLines(f.Text));
    }

    [Benchmark(Description = "parse 10k lines")]
    public int Parse()
    {
        var errors = 0;
        foreach (var (path, text) in _files)
        {
            errors += SyntaxTree.Parse(new SourceText(text, path)).Diagnostics.Length;
        }

        return errors;
    }

    [Benchmark(Description = "check 10k lines")]
    public int Check()
    {
        var compilation = Compilation.Create(_files.Select(f => SyntaxTree.Parse(new SourceText(f.Text, f.Path))));
        return compilation.GetDiagnostics().Length;
    }
}
