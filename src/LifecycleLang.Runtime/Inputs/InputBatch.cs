namespace LifecycleLang.Runtime;

/// <summary>An input file read: unreadable lines (in file order) and readable ones sorted by <c>at</c>, stable.</summary>
public sealed record InputBatch(IReadOnlyList<UnreadableLine> Unreadable, IReadOnlyList<InputRecord> Records);
