namespace LifecycleLang.Runtime;

/// <summary>A workspace definition the runtime cannot run (a compiler bug or a hand-written mistake).</summary>
public sealed class WorkspaceDefinitionException(string message) : Exception(message);
