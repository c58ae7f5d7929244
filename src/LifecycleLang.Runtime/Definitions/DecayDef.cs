using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary><c>decay POINTS every EVERY</c>: behavioural points lose Points per full period Every.</summary>
public sealed record DecayDef(decimal Points, Duration Every);
