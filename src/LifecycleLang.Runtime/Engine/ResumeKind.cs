namespace LifecycleLang.Runtime;

internal enum ResumeKind
{
    Event,
    Timeout,
    QuietHours,
}
