namespace LifecycleLang.Runtime;

internal enum SendOutcome
{
    Sent,
    Suppressed,
    Held,
}
