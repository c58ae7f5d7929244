namespace LifecycleLang.Runtime;

/// <summary>A journey exit clause: <see cref="ExitOn"/> or <see cref="ExitWhen"/>.</summary>
public abstract record ExitDef;
