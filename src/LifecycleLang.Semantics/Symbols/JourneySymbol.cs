using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>A journey; its bound form is <see cref="SemanticModel.GetJourney(JourneySymbol)"/>.</summary>
public sealed class JourneySymbol : Symbol
{
    internal JourneySymbol(string name, SourceLocation location, JourneyDeclarationSyntax syntax)
        : base(name, location)
    {
        Syntax = syntax;
    }

    public override SymbolKind Kind => SymbolKind.Journey;

    public JourneyDeclarationSyntax Syntax { get; }
}
