namespace LifecycleLang.Runtime;

/// <summary>A contact or event field: <c>name: type</c>, with <c>?</c> making it optional.</summary>
public sealed record FieldDef(string Name, FieldType Type, bool Optional = false);
