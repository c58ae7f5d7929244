using System.Collections.Immutable;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics.Binding;

/// <summary>Everything the binder produced; <see cref="SemanticModel"/> indexes it for lookups.</summary>
internal sealed record BindResult(
    WorkspaceSymbols Symbols,
    ImmutableArray<BoundJourney> Journeys,
    ImmutableArray<SymbolReference> References,
    IReadOnlyDictionary<ExpressionSyntax, BoundExpression> Expressions,
    IReadOnlyDictionary<SyntaxNode, Symbol> Declarations,
    ImmutableArray<ScopeRegion> Scopes,
    IReadOnlyList<Diagnostic> Diagnostics);
