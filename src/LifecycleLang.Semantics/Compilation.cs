using System.Collections.Immutable;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics;

/// <summary>
/// A workspace as the compiler sees it: every parsed file, checked together (one namespace across
/// files). Immutable; the CLI, the language server and the emitter all start here.
/// </summary>
public sealed class Compilation
{
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;

    private Compilation(ImmutableArray<SyntaxTree> trees)
    {
        SyntaxTrees = trees;
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(ComputeDiagnostics);
    }

    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    public static Compilation Create(IEnumerable<SyntaxTree> trees) =>
        new([.. trees.OrderBy(t => t.Path, StringComparer.Ordinal)]);

    /// <summary>Every diagnostic of every file, in file order then position.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics.Value;

    private ImmutableArray<Diagnostic> ComputeDiagnostics() =>
        [.. SyntaxTrees.SelectMany(t => t.Diagnostics)];
}
