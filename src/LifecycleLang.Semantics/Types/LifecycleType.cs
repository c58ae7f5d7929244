using LifecycleLang.Semantics.Symbols;

namespace LifecycleLang.Semantics.Types;

/// <summary>
/// The type of a field or an expression. A value record: two types are equal when they describe the same
/// values (enum types compare by their symbol's identity). <see cref="Element"/> is the element type of a
/// list, or null for the empty list literal `[]` whose element type comes from where it is used.
/// </summary>
public sealed record LifecycleType(TypeKind Kind, bool IsOptional = false, EnumSymbol? Enum = null, LifecycleType? Element = null)
{
    public static readonly LifecycleType Error = new(TypeKind.Error);
    public static readonly LifecycleType Text = new(TypeKind.Text);
    public static readonly LifecycleType Int = new(TypeKind.Int);
    public static readonly LifecycleType Number = new(TypeKind.Number);
    public static readonly LifecycleType Bool = new(TypeKind.Bool);
    public static readonly LifecycleType Date = new(TypeKind.Date);
    public static readonly LifecycleType DateTime = new(TypeKind.DateTime);
    public static readonly LifecycleType Email = new(TypeKind.Email);
    public static readonly LifecycleType Phone = new(TypeKind.Phone);
    public static readonly LifecycleType TimeZone = new(TypeKind.TimeZone);
    public static readonly LifecycleType Template = new(TypeKind.Template);
    public static readonly LifecycleType Duration = new(TypeKind.Duration);

    /// <summary>`[]` before its element type is known.</summary>
    public static readonly LifecycleType EmptyList = new(TypeKind.List);

    public static LifecycleType EnumOf(EnumSymbol symbol) => new(TypeKind.Enum, Enum: symbol);

    public static LifecycleType ListOf(LifecycleType element) => new(TypeKind.List, Element: element);

    public bool IsError => Kind == TypeKind.Error || (Kind == TypeKind.List && Element is { IsError: true });

    public bool IsNumeric => Kind is TypeKind.Int or TypeKind.Number;

    /// <summary>email, phone and timezone are read as text (language.md §4).</summary>
    public bool IsTextLike => Kind is TypeKind.Text or TypeKind.Email or TypeKind.Phone or TypeKind.TimeZone;

    public LifecycleType AsOptional() => IsOptional || Kind == TypeKind.Error ? this : this with { IsOptional = true };

    public LifecycleType NonOptional() => IsOptional ? this with { IsOptional = false } : this;

    /// <summary>How the type is written in source: `int?`, `list<text>`, `Role`.</summary>
    public override string ToString()
    {
        var name = Kind switch
        {
            TypeKind.Error => "?",
            TypeKind.Enum => Enum?.Name ?? "enum",
            TypeKind.List => Element is null ? "list" : $"list<{Element}>",
            TypeKind.DateTime => "datetime",
            TypeKind.TimeZone => "timezone",
            _ => Kind.ToString().ToLowerInvariant(),
        };
        return IsOptional ? name + "?" : name;
    }

    /// <summary>Built-in type names as written in field declarations.</summary>
    public static LifecycleType? FromBuiltInName(string name) => name switch
    {
        "text" => Text,
        "int" => Int,
        "number" => Number,
        "bool" => Bool,
        "date" => Date,
        "datetime" => DateTime,
        "email" => Email,
        "phone" => Phone,
        "timezone" => TimeZone,
        "template" => Template,
        _ => null,
    };

    public static IReadOnlyList<string> BuiltInNames { get; } =
        ["text", "int", "number", "bool", "date", "datetime", "email", "phone", "timezone", "template"];
}
