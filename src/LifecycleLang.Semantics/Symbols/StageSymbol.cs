using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>A stage of a funnel: its position (stages are ordered as written), owner team and SLA.</summary>
public sealed class StageSymbol : Symbol
{
    internal StageSymbol(string name, SourceLocation location, StageDeclarationSyntax syntax, FunnelSymbol funnel, int index, string? owner, TimeSpan? sla)
        : base(name, location)
    {
        Syntax = syntax;
        Funnel = funnel;
        Index = index;
        Owner = owner;
        Sla = sla;
    }

    public override SymbolKind Kind => SymbolKind.Stage;

    public StageDeclarationSyntax Syntax { get; }

    public FunnelSymbol Funnel { get; }

    /// <summary>0-based position in the funnel.</summary>
    public int Index { get; }

    /// <summary>The accountable team (a free identifier), or null.</summary>
    public string? Owner { get; }

    /// <summary>How long a contact may stay before `stage_sla_breached` is raised, or null.</summary>
    public TimeSpan? Sla { get; }

    public override string DisplayName => $"{Funnel.Name}.{Name}";
}
