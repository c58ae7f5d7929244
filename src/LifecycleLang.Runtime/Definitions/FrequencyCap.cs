using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary><c>cap CHANNEL COUNT per PER</c>: at most Count real sends of the channel in (now − Per, now].</summary>
public sealed record FrequencyCap(Channel Channel, int Count, Duration Per);
