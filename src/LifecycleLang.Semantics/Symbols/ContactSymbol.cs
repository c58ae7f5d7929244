using System.Collections.Immutable;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>
/// The contact schema. There is always one (with the implicit `id: text`), even when the workspace
/// declares no `contact` block; <see cref="Symbol.Location"/> is then null.
/// </summary>
public sealed class ContactSymbol : Symbol
{
    private Dictionary<string, FieldSymbol> _byName = new(StringComparer.Ordinal);

    internal ContactSymbol(SourceLocation? location, ContactDeclarationSyntax? syntax)
        : base("contact", location)
    {
        Syntax = syntax;
        Id = new FieldSymbol("id", null, this, null, LifecycleType.Text);
        Fields = [Id];
        _byName["id"] = Id;
    }

    public override SymbolKind Kind => SymbolKind.Contact;

    public ContactDeclarationSyntax? Syntax { get; }

    /// <summary>The implicit `id: text`, always set.</summary>
    public FieldSymbol Id { get; }

    /// <summary>Every field, the implicit `id` first, then in declaration order.</summary>
    public ImmutableArray<FieldSymbol> Fields { get; private set; }

    public FieldSymbol? GetField(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The address for email sends: the field of type email (the one named `email` where there are several; runtime.md §2).</summary>
    public FieldSymbol? EmailAddressField => PreferNamed(TypeKind.Email, "email");

    /// <summary>The address for sms sends: the field of type phone (the one named `phone` where there are several).</summary>
    public FieldSymbol? PhoneAddressField => PreferNamed(TypeKind.Phone, "phone");

    /// <summary>The contact's own zone: the field of type timezone (the one named `timezone` where there are several).</summary>
    public FieldSymbol? TimeZoneField => PreferNamed(TypeKind.TimeZone, "timezone");

    internal void SetFields(IEnumerable<FieldSymbol> fields)
    {
        Fields = [Id, .. fields];
        _byName = new Dictionary<string, FieldSymbol>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            _byName.TryAdd(field.Name, field);
        }
    }

    // Where several fields have the type, the one with the conventional name wins; else the first declared.
    private FieldSymbol? PreferNamed(TypeKind kind, string name)
    {
        FieldSymbol? first = null;
        foreach (var field in Fields)
        {
            if (field.Type.Kind != kind)
            {
                continue;
            }

            if (field.Name == name)
            {
                return field;
            }

            first ??= field;
        }

        return first;
    }
}
