namespace LifecycleLang.Semantics;

/// <summary>A workspace path that cannot be used; the message names the path and what to do.</summary>
public sealed class WorkspaceLoadException(string message) : Exception(message);
