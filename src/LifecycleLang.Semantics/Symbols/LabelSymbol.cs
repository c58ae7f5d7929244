namespace LifecycleLang.Semantics.Symbols;

/// <summary>A step label (`first_offer:`): the step's stable id within its journey (runtime.md §5).</summary>
public sealed class LabelSymbol : Symbol
{
    internal LabelSymbol(string name, SourceLocation location, JourneySymbol journey)
        : base(name, location)
    {
        Journey = journey;
    }

    public override SymbolKind Kind => SymbolKind.Label;

    public JourneySymbol Journey { get; }

    public override string DisplayName => $"{Journey.Name}/{Name}";
}
