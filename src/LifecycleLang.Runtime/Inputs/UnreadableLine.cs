namespace LifecycleLang.Runtime;

/// <summary>A line that is not a JSON object or has no valid <c>at</c>: rejected before processing starts.</summary>
public sealed record UnreadableLine(int Line, string Reason);
