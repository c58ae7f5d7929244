namespace LifecycleLang.Runtime;

internal enum TimerKind
{
    Sla,
    Refresh,
    Wait,
    Broadcast,
    LocalBroadcast,
}
