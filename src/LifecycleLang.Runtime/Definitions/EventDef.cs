namespace LifecycleLang.Runtime;

/// <summary>An <c>event NAME { fields }</c> declaration. Built-in events are added by the runtime
/// (see <see cref="BuiltInEvents"/>); the workspace lists only declared ones.</summary>
public sealed record EventDef(string Name, IReadOnlyList<FieldDef> Fields)
{
    public EventDef(string name, params FieldDef[] fields) : this(name, (IReadOnlyList<FieldDef>)fields) { }
}
