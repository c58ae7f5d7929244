namespace LifecycleLang.Runtime;

/// <summary>
/// The <c>contact { … }</c> block. The implicit <c>id: text</c> is not listed: the runtime adds it.
/// </summary>
public sealed record ContactSchema(IReadOnlyList<FieldDef> Fields)
{
    public static readonly ContactSchema Empty = new(Array.Empty<FieldDef>());
}
