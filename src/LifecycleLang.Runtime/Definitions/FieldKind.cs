namespace LifecycleLang.Runtime;

/// <summary>The field types of the language (language.md §3). <see cref="Template"/> exists only for
/// event fields (the built-in message events reference a declared template by name).</summary>
public enum FieldKind
{
    Text,
    Int,
    Number,
    Bool,
    Date,
    DateTime,
    Email,
    Phone,
    Timezone,
    Enum,
    List,
    Template,
}
