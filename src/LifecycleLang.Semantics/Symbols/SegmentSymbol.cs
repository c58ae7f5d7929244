using LifecycleLang.Semantics.Binding;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>A dynamic segment; <see cref="Condition"/> is its bound condition.</summary>
public sealed class SegmentSymbol : Symbol
{
    internal SegmentSymbol(string name, SourceLocation location, SegmentDeclarationSyntax syntax)
        : base(name, location)
    {
        Syntax = syntax;
    }

    public override SymbolKind Kind => SymbolKind.Segment;

    public SegmentDeclarationSyntax Syntax { get; }

    public BoundExpression? Condition { get; internal set; }
}
