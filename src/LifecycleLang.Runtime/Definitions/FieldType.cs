namespace LifecycleLang.Runtime;

/// <summary>
/// A field's type. Enums carry their members (the runtime validates inputs against them); lists carry
/// their element type. Use the static members and factories rather than the constructor.
/// </summary>
public sealed record FieldType(FieldKind Kind, string? EnumName = null, IReadOnlyList<string>? Members = null, FieldType? Element = null)
{
    public static readonly FieldType Text = new(FieldKind.Text);
    public static readonly FieldType Int = new(FieldKind.Int);
    public static readonly FieldType Number = new(FieldKind.Number);
    public static readonly FieldType Bool = new(FieldKind.Bool);
    public static readonly FieldType Date = new(FieldKind.Date);
    public static readonly FieldType DateTime = new(FieldKind.DateTime);
    public static readonly FieldType Email = new(FieldKind.Email);
    public static readonly FieldType Phone = new(FieldKind.Phone);
    public static readonly FieldType Timezone = new(FieldKind.Timezone);
    public static readonly FieldType Template = new(FieldKind.Template);

    /// <summary>The built-in enum <c>Channel { email, sms, push, webhook }</c>.</summary>
    public static readonly FieldType Channel = Enum("Channel", "email", "sms", "push", "webhook");

    public static FieldType Enum(string name, params string[] members) => new(FieldKind.Enum, name, members);

    public static FieldType ListOf(FieldType element) => new(FieldKind.List, Element: element);

    public override string ToString() => Kind switch
    {
        FieldKind.Enum => EnumName ?? "enum",
        FieldKind.List => $"list<{Element}>",
        FieldKind.DateTime => "datetime",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
