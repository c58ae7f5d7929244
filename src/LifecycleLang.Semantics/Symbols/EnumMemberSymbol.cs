namespace LifecycleLang.Semantics.Symbols;

/// <summary>A member of an enum; <see cref="Ordinal"/> is its position in the declaration.</summary>
public sealed class EnumMemberSymbol : Symbol
{
    internal EnumMemberSymbol(string name, SourceLocation? location, EnumSymbol @enum, int ordinal)
        : base(name, location)
    {
        Enum = @enum;
        Ordinal = ordinal;
    }

    public override SymbolKind Kind => SymbolKind.EnumMember;

    public EnumSymbol Enum { get; }

    public int Ordinal { get; }

    public override string DisplayName => $"{Enum.Name}.{Name}";
}
