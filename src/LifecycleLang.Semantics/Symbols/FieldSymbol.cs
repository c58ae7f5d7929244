using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>A field of the contact or of an event (built-in ones included).</summary>
public sealed class FieldSymbol : Symbol
{
    internal FieldSymbol(string name, SourceLocation? location, Symbol container, FieldDeclarationSyntax? syntax, LifecycleType type)
        : base(name, location)
    {
        Container = container;
        Syntax = syntax;
        Type = type;
    }

    public override SymbolKind Kind => SymbolKind.Field;

    /// <summary>The <see cref="ContactSymbol"/> or <see cref="EventSymbol"/> that declares the field.</summary>
    public Symbol Container { get; }

    public FieldDeclarationSyntax? Syntax { get; }

    /// <summary>The declared type; <see cref="LifecycleType.IsOptional"/> for `?` fields.</summary>
    public LifecycleType Type { get; internal set; }

    public bool IsOptional => Type.IsOptional;

    public bool IsContactField => Container is ContactSymbol;

    /// <summary>The implicit `id: text` of every contact.</summary>
    public bool IsImplicitId => IsContactField && IsBuiltIn;

    public override string DisplayName => Container is EventSymbol e ? $"{e.Name}.{Name}" : $"contact.{Name}";
}
