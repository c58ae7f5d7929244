using System.Collections.Immutable;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>A declared event, a built-in message event, or the runtime-raised `stage_sla_breached`.</summary>
public sealed class EventSymbol : Symbol
{
    private Dictionary<string, FieldSymbol> _byName = new(StringComparer.Ordinal);

    internal EventSymbol(string name, SourceLocation? location, EventDeclarationSyntax? syntax, bool isRaisedByRuntime = false)
        : base(name, location)
    {
        Syntax = syntax;
        IsRaisedByRuntime = isRaisedByRuntime;
    }

    public override SymbolKind Kind => SymbolKind.Event;

    public EventDeclarationSyntax? Syntax { get; }

    public ImmutableArray<FieldSymbol> Fields { get; private set; } = [];

    /// <summary>`stage_sla_breached`: raised by the runtime, never accepted as an input line.</summary>
    public bool IsRaisedByRuntime { get; }

    public FieldSymbol? GetField(string name) => _byName.GetValueOrDefault(name);

    internal void SetFields(IEnumerable<FieldSymbol> fields)
    {
        Fields = [.. fields];
        _byName = new Dictionary<string, FieldSymbol>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            _byName.TryAdd(field.Name, field);
        }
    }
}
