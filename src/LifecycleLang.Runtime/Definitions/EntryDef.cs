namespace LifecycleLang.Runtime;

/// <summary>A journey entry clause: <see cref="EntryOn"/>, <see cref="EntryWhen"/> or <see cref="EntryAt"/>.</summary>
public abstract record EntryDef;
