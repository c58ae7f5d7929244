namespace LifecycleLang.Semantics.Binding;

public enum ClockKind
{
    /// <summary>`now`: the current instant, a datetime.</summary>
    Now,

    /// <summary>`today`: the current date in the contact's zone.</summary>
    Today,
}
