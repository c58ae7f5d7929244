namespace LifecycleLang.Semantics.Binding;

public enum ReentryKind
{
    Never,
    Always,
    After,
}
