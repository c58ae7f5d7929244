using System.Collections.Immutable;
using LifecycleLang.Semantics.Binding;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>A lead-score model: its rules in source order, decay and bounds (language.md §3).</summary>
public sealed class ScoreModelSymbol : Symbol
{
    internal ScoreModelSymbol(string name, SourceLocation location, ScoreDeclarationSyntax syntax)
        : base(name, location)
    {
        Syntax = syntax;
    }

    public override SymbolKind Kind => SymbolKind.ScoreModel;

    public ScoreDeclarationSyntax Syntax { get; }

    /// <summary>`on` and `when` rules in source order.</summary>
    public ImmutableArray<BoundScoreRule> Rules { get; internal set; } = [];

    public BoundScoreDecay? Decay { get; internal set; }

    public decimal? Min { get; internal set; }

    public decimal? Max { get; internal set; }
}
