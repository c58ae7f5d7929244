using System.Collections.Immutable;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>A funnel and its stages in order.</summary>
public sealed class FunnelSymbol : Symbol
{
    private readonly Dictionary<string, StageSymbol> _byName = new(StringComparer.Ordinal);

    internal FunnelSymbol(string name, SourceLocation location, FunnelDeclarationSyntax syntax)
        : base(name, location)
    {
        Syntax = syntax;
    }

    public override SymbolKind Kind => SymbolKind.Funnel;

    public FunnelDeclarationSyntax Syntax { get; }

    public ImmutableArray<StageSymbol> Stages { get; private set; } = [];

    public StageSymbol? GetStage(string name) => _byName.GetValueOrDefault(name);

    internal bool TryAddStage(StageSymbol stage)
    {
        if (!_byName.TryAdd(stage.Name, stage))
        {
            return false;
        }

        Stages = Stages.Add(stage);
        return true;
    }
}
