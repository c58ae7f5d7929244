using System.Collections.Immutable;
using LifecycleLang.Semantics.Binding;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics;

/// <summary>
/// A workspace as the compiler sees it: every parsed file, checked together (one namespace across
/// files). Immutable; the CLI, the language server and the emitter all start here. Binding happens once,
/// on first use of <see cref="GetSemanticModel"/> or <see cref="GetDiagnostics"/>.
/// </summary>
public sealed class Compilation
{
    private readonly Lazy<SemanticModel> _model;
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;

    private Compilation(ImmutableArray<SyntaxTree> trees, CompilationOptions options)
    {
        SyntaxTrees = trees;
        Options = options;
        _model = new Lazy<SemanticModel>(() => new SemanticModel(this, new Binder(Options).Bind(SyntaxTrees)));
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(ComputeDiagnostics);
    }

    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    public CompilationOptions Options { get; }

    public static Compilation Create(IEnumerable<SyntaxTree> trees, CompilationOptions? options = null) =>
        new([.. trees.OrderBy(t => t.Path, StringComparer.Ordinal)], options ?? CompilationOptions.Default);

    /// <summary>The bound workspace: symbols, types, references, journeys and facts.</summary>
    public SemanticModel GetSemanticModel() => _model.Value;

    /// <summary>Every diagnostic, syntax and semantic, sorted by file, position and code.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics.Value;

    public bool HasErrors => GetDiagnostics().Any(d => d.IsError);

    private ImmutableArray<Diagnostic> ComputeDiagnostics()
    {
        var all = new List<Diagnostic>();
        foreach (var tree in SyntaxTrees)
        {
            all.AddRange(tree.Diagnostics);
        }

        all.AddRange(GetSemanticModel().Diagnostics);
        return
        [
            .. all
                .OrderBy(d => d.Source.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Start)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal),
        ];
    }
}
