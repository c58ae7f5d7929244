namespace LifecycleLang.Service;

/// <summary>The store could not commit (or reload) a request's effects. Nothing was applied; the engine
/// has been rebuilt from the store (or will be on the next request), so the client can retry.</summary>
public sealed class CommitFailedException(string message, Exception inner) : Exception(message, inner);
