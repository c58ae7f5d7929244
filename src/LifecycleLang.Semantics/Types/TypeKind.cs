namespace LifecycleLang.Semantics.Types;

/// <summary>The kinds of values in LifecycleLang (language.md §3–§4).</summary>
public enum TypeKind
{
    /// <summary>A value whose type could not be determined because of an earlier error; never reported again.</summary>
    Error,
    Text,
    Int,
    Number,
    Bool,
    Date,
    DateTime,
    Email,
    Phone,
    TimeZone,
    Enum,
    List,
    Template,
    Duration,
}
