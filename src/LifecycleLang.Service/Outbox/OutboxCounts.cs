namespace LifecycleLang.Service.Outbox;

/// <summary>Outbox rows by state, for <c>GET /health</c>.</summary>
public sealed record OutboxCounts(long Pending, long Delivered, long Failed);
