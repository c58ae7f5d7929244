namespace LifecycleLang.Semantics.Symbols;

/// <summary>
/// A named thing of the workspace. Symbols are classes, not records, on purpose: they are compared by
/// identity (two fields named `budget` on two events are different symbols), which find-references,
/// rename and the emitter rely on. Their public surface is read-only; the binder fills in the parts
/// that depend on other declarations (field types, bound conditions) before the model is published.
/// </summary>
public abstract class Symbol
{
    protected Symbol(string name, SourceLocation? location)
    {
        Name = name;
        Location = location;
    }

    public string Name { get; }

    public abstract SymbolKind Kind { get; }

    /// <summary>The name token of the declaration; null for built-ins (the implicit `id`, message events, `Channel`).</summary>
    public SourceLocation? Location { get; }

    public bool IsBuiltIn => Location is null;

    /// <summary>The name as shown in messages and hovers, qualified where that helps (`Role.User`, `B2B.Convert`).</summary>
    public virtual string DisplayName => Name;

    public override string ToString() => $"{Kind} {DisplayName}";
}
