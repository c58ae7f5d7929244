using System.Collections.Immutable;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>A declared enum, or the built-in `Channel { email, sms, push, webhook }`.</summary>
public sealed class EnumSymbol : Symbol
{
    private readonly Dictionary<string, EnumMemberSymbol> _byName = new(StringComparer.Ordinal);

    internal EnumSymbol(string name, SourceLocation? location, EnumDeclarationSyntax? syntax)
        : base(name, location)
    {
        Syntax = syntax;
    }

    public override SymbolKind Kind => SymbolKind.Enum;

    public EnumDeclarationSyntax? Syntax { get; }

    public ImmutableArray<EnumMemberSymbol> Members { get; private set; } = [];

    public EnumMemberSymbol? GetMember(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Adds a member unless one of that name exists; returns the member that holds the name.</summary>
    internal EnumMemberSymbol AddMember(string name, SourceLocation? location, out bool added)
    {
        if (_byName.TryGetValue(name, out var existing))
        {
            added = false;
            return existing;
        }

        var member = new EnumMemberSymbol(name, location, this, Members.Length);
        _byName[name] = member;
        Members = Members.Add(member);
        added = true;
        return member;
    }
}
