using System.Collections.Immutable;
using LifecycleLang.Semantics;
using LifecycleLang.Syntax;

namespace LifecycleLang.Ide.Workspace;

/// <summary>
/// The workspace at one moment: every document and the compilation over them. Immutable and safe to share
/// between threads; the compilation is bound on first use of <see cref="Model"/> (once, whoever asks first)
/// so that a snapshot nobody asks about costs nothing but the parse of its edited file.
/// </summary>
public sealed class WorkspaceSnapshot
{
    private readonly Lazy<Compilation> _compilation;
    private readonly Lazy<SemanticModel> _model;

    internal WorkspaceSnapshot(long version, ImmutableSortedDictionary<string, IdeDocument> documents, CompilationOptions options)
    {
        Version = version;
        Documents = documents;
        _compilation = new Lazy<Compilation>(() => Compilation.Create(Documents.Values.Select(d => d.Tree), options));
        _model = new Lazy<SemanticModel>(() => Compilation.GetSemanticModel());
    }

    /// <summary>Grows by one with every change of the workspace; a result computed for an older version is stale.</summary>
    public long Version { get; }

    /// <summary>Every document by path (ordinal order).</summary>
    public ImmutableSortedDictionary<string, IdeDocument> Documents { get; }

    public Compilation Compilation => _compilation.Value;

    /// <summary>The bound workspace (computed on first use; may take tens of milliseconds on a large workspace).</summary>
    public SemanticModel Model => _model.Value;

    /// <summary>True when <see cref="Model"/> has been computed, so asking for it does not wait.</summary>
    public bool IsModelReady => _model.IsValueCreated;

    public IdeDocument? GetDocument(string path) => Documents.GetValueOrDefault(path);

    public SyntaxTree? GetTree(string path) => GetDocument(path)?.Tree;
}
