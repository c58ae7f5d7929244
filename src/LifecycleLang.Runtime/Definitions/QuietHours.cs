using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary><c>quiet hours FROM to TO</c>: the local window [From, To), wrapping midnight when From &gt; To.</summary>
public sealed record QuietHours(LocalTime From, LocalTime To);
