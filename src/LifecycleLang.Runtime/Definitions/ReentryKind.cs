namespace LifecycleLang.Runtime;

public enum ReentryKind
{
    Never,
    Always,
    After,
}
